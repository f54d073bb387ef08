namespace Store.Orders.Admin;

/// <summary>One order as the exports write it (columns in the module README, "Exports").</summary>
internal sealed record OrderExportRow(
    string Number,
    DateTime PlacedUtc,
    string Status,
    string PaymentState,
    string Email,
    string CustomerName,
    int Items,
    string Currency,
    long Subtotal,
    long Shipping,
    long Total,
    long Refunded,
    DateTime? PaidUtc,
    string Country,
    string City,
    long TaxTotal,
    long ShippingTax,
    bool PricesIncludeTax,
    string? ShippingMethod,
    long DiscountTotal,
    string? CouponCode,
    decimal ExchangeRate,
    long BaseTotal);
