using Store.Orders.Invoices;
using Store.Orders.Orders;
using Store.Orders.Shipments;

namespace Store.Orders.Admin;

/// <summary>
/// An order as staff see it: the shopper's view plus the customer, the payment facts Payments keeps on the order,
/// the discount lines (promotions, the coupon, free shipping), the refunds found in the history and the moves the transition table allows staff from here.
/// </summary>
public sealed record AdminOrderDetail(
    string Number,
    string Status,
    string PaymentState,
    DateTime PlacedUtc,
    DateTime UpdatedUtc,
    DateTime? HoldExpiresUtc,
    string Email,
    string Currency,
    long Subtotal,
    long Shipping,
    long Total,
    OrderAddressView ShippingAddress,
    IReadOnlyList<OrderLineView> Lines,
    AdminPaymentView Payment,
    IReadOnlyList<AdminHistoryView> Refunds,
    IReadOnlyList<AdminHistoryView> History,
    IReadOnlyList<string> AllowedMoves,
    IReadOnlyList<ShipmentView> Shipments,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<ShippableLine> ShippableLines,
    OrderTaxView? Tax = null,
    IReadOnlyList<OrderDiscountView>? Discounts = null);

/// <summary>What the payment provider left on the order (written by Payments, read here).</summary>
public sealed record AdminPaymentView(DateTime? PaidUtc, string? Provider, string? SessionId, string? PaymentIntentId, long RefundedAmount, string? AttentionNote);

/// <summary>A history row for staff: <see cref="By"/> is <c>shopper</c>, <c>system</c> or <c>staff</c> (<see cref="ById"/> the user id).</summary>
public sealed record AdminHistoryView(string? From, string To, DateTime AtUtc, string By, string ById, string? Note);
