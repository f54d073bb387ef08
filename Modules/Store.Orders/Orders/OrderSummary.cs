namespace Store.Orders.Orders;

/// <summary>An order in the shopper's list.</summary>
public sealed record OrderSummary(string Number, string Status, DateTime PlacedUtc, int Items, long Total, string Currency);
