using Store.Orders.Orders;

namespace Store.Orders.Emails;

/// <summary>What an order email template sees; <see cref="Discounts"/> are the order's discount lines, shown under the subtotal as on its page.</summary>
public sealed record OrderEmail(string Number, string Name, string Status, string Url, IReadOnlyList<OrderEmailLine> Lines, long Subtotal, long Shipping, long Total, string Currency,
    OrderTaxView? Tax = null, IReadOnlyList<OrderDiscountView>? Discounts = null);
