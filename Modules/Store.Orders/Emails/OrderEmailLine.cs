namespace Store.Orders.Emails;

public sealed record OrderEmailLine(string Name, string Options, int Quantity, long LineTotal);
