namespace Store.Orders.Returns;

/// <summary>One line of a return email.</summary>
public sealed record ReturnEmailLine(string ProductName, string Options, int Quantity);
