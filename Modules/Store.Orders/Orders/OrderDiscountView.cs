namespace Store.Orders.Orders;

/// <summary>A discount line of an order as its pages show it: <c>promotion</c>, <c>coupon</c> or <c>shipping</c>, the code, what it was and the amount taken off.</summary>
public sealed record OrderDiscountView(string Kind, string? Code, string Description, long Amount);
