namespace Store.Orders.Checkout;

/// <summary>The tax at one rate (lines and shipping together), e.g. "VAT 20 %: €8.33"; <see cref="Rate"/> is already formatted.</summary>
public sealed record CheckoutTax(string Rate, long Amount);
