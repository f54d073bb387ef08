namespace Store.Cart.Contracts;

/// <summary>Totals in minor units of the shop currency; <c>Total = Subtotal + Shipping</c>.</summary>
public sealed record PriceTotals(long Subtotal, long Shipping, long Total);
