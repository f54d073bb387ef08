namespace Store.Orders.Contracts;

/// <summary>One line of a <see cref="PayableOrder"/>: the name the shopper saw (with its options), unit price and quantity.</summary>
public sealed record PayableLine(string Name, string Options, long UnitPrice, int Quantity);
