namespace Store.Orders.Contracts;

/// <summary>A product delivered to a customer: when, and the name on the order (a review's author is shown by it).</summary>
public sealed record DeliveredPurchase(int OrderId, string FullName, DateTime DeliveredUtc);
