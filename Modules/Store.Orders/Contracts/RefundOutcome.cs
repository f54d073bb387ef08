namespace Store.Orders.Contracts;

/// <summary>What recording a refund did: <see cref="Done"/> with the order's status and refunded total, or why not.</summary>
public sealed record RefundOutcome(bool Done, OrderStatus? Status, long RefundedAmount, string? Message = null);
