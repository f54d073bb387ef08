namespace Store.Orders.Abandoned;

/// <summary>One line of a reminded cart, as the catalog names it now.</summary>
public sealed record AbandonedCartLine(string ProductName, string Options, int Quantity);
