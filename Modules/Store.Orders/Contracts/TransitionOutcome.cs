namespace Store.Orders.Contracts;

public enum TransitionResult
{
    Done,
    NotFound,
    Refused,
}

/// <summary>What a status change did: done, no such order (or not the shopper's), or refused with a message.</summary>
public sealed record TransitionOutcome(TransitionResult Result, OrderStatus? Status, string? Message = null);
