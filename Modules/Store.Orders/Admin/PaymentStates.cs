using System.Linq.Expressions;
using Store.Orders.Contracts;
using Store.Orders.Orders;

namespace Store.Orders.Admin;

/// <summary>
/// Where an order's money stands, derived from its status and refunded amount (Payments writes those): the
/// order admin filters, sorts and shows it. One definition, as SQL-translatable expressions, so the filter, the
/// sort and the shown value cannot disagree.
/// </summary>
internal static class PaymentStates
{
    public const string Awaiting = "awaiting";
    public const string Paid = "paid";
    public const string PartiallyRefunded = "partially_refunded";
    public const string Refunded = "refunded";
    public const string RefundDue = "refund_due";
    public const string None = "none";

    public static IReadOnlyList<string> All { get; } = [Awaiting, Paid, PartiallyRefunded, Refunded, RefundDue, None];

    /// <summary>The money was taken at some point: a paid status, a payment date, a refund, or a history row to Paid.</summary>
    public static readonly Expression<Func<Order, bool>> WasPaid = o =>
        o.Status == OrderStatus.Paid || o.Status == OrderStatus.Shipped || o.Status == OrderStatus.Delivered || o.Status == OrderStatus.Refunded ||
        o.PaidUtc != null || o.RefundedAmount > 0 || o.History.Any(h => h.To == OrderStatus.Paid);

    public static Expression<Func<Order, bool>> Is(string state) => state switch
    {
        Awaiting => o => o.Status == OrderStatus.Pending,
        Refunded => o => o.Status == OrderStatus.Refunded || (o.RefundedAmount > 0 && o.RefundedAmount >= o.Total),
        PartiallyRefunded => o => o.Status != OrderStatus.Refunded && o.Status != OrderStatus.Cancelled && o.RefundedAmount > 0 && o.RefundedAmount < o.Total,
        Paid => o => (o.Status == OrderStatus.Paid || o.Status == OrderStatus.Shipped || o.Status == OrderStatus.Delivered) && o.RefundedAmount == 0,
        RefundDue => o => o.Status == OrderStatus.Cancelled && o.RefundedAmount < o.Total &&
            (o.PaidUtc != null || o.RefundedAmount > 0 || o.History.Any(h => h.To == OrderStatus.Paid)),
        _ => o => (o.Status == OrderStatus.Cancelled || o.Status == OrderStatus.Expired) && o.RefundedAmount == 0 &&
            o.PaidUtc == null && !o.History.Any(h => h.To == OrderStatus.Paid),
    };

    /// <summary>The same decision in memory, for rows already read (with <paramref name="wasPaid"/> read alongside).</summary>
    public static string Of(OrderStatus status, long total, long refunded, bool wasPaid) => status switch
    {
        OrderStatus.Pending => Awaiting,
        OrderStatus.Refunded => Refunded,
        _ when refunded > 0 && refunded >= total => Refunded,
        OrderStatus.Cancelled when wasPaid || refunded > 0 => RefundDue,
        OrderStatus.Cancelled or OrderStatus.Expired => None,
        _ when refunded > 0 => PartiallyRefunded,
        _ => Paid,
    };

    /// <summary>A rank for sorting by payment state, in <see cref="All"/>'s order, translatable to SQL.</summary>
    public static readonly Expression<Func<Order, int>> Rank = o =>
        o.Status == OrderStatus.Pending ? 0
        : o.Status == OrderStatus.Refunded || (o.RefundedAmount > 0 && o.RefundedAmount >= o.Total) ? 3
        : o.Status == OrderStatus.Cancelled && (o.PaidUtc != null || o.RefundedAmount > 0 || o.History.Any(h => h.To == OrderStatus.Paid)) ? 4
        : o.Status == OrderStatus.Cancelled || o.Status == OrderStatus.Expired ? 5
        : o.RefundedAmount > 0 ? 2
        : 1;
}
