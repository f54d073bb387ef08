namespace Store.Orders.Contracts;

/// <summary>A delivered order of a signed-up customer, with its products (id and name as ordered).</summary>
public sealed record DeliveredOrder(int OrderId, string Number, string UserId, string Email, string FullName, DateTime DeliveredUtc, IReadOnlyList<(int ProductId, string Name)> Products);
