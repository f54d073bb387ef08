using Store.Orders.Invoices;
using Store.Orders.Shipments;

namespace Store.Orders.Orders;

/// <summary>An order as its shopper (page and API) sees it. <see cref="PaymentState"/>: <c>awaiting</c>, <c>paid</c>, <c>partially_refunded</c> (<see cref="RefundedAmount"/> of it), <c>refund_due</c>, <c>refunded</c> or <c>none</c>.</summary>
public sealed record OrderDetail(
    string Number,
    string Status,
    string PaymentState,
    DateTime PlacedUtc,
    DateTime? HoldExpiresUtc,
    string Currency,
    long Subtotal,
    long Shipping,
    long Total,
    long RefundedAmount,
    OrderAddressView ShippingAddress,
    IReadOnlyList<OrderLineView> Lines,
    IReadOnlyList<OrderHistoryView> History,
    bool CanCancel,
    IReadOnlyList<ShipmentView> Shipments,
    IReadOnlyList<DocumentView> Documents,
    OrderTaxView? Tax = null)
{
    /// <summary>The discounts the order was given (promotions, the coupon, free shipping), in the order the cart listed them.</summary>
    public IReadOnlyList<OrderDiscountView> Discounts { get; init; } = [];

    /// <summary>Where the order's emails go (the account's address, or the one a guest gave).</summary>
    public string Email { get; init; } = "";

    /// <summary>The order's returns and withdrawals, oldest first.</summary>
    public IReadOnlyList<Returns.ReturnView> Returns { get; init; } = [];
}
