namespace Store.Orders.Checkout;

/// <summary>A line at checkout; <see cref="TaxRate"/> is the percent applied, formatted ("20", "5.5").</summary>
public sealed record CheckoutLine(string Name, string Options, string? ImageUrl, long UnitPrice, int Quantity, long LineTotal, string TaxRate = "0");
