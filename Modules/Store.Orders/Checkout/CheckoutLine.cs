namespace Store.Orders.Checkout;

public sealed record CheckoutLine(string Name, string Options, string? ImageUrl, long UnitPrice, int Quantity, long LineTotal);
