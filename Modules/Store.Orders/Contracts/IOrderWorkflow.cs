namespace Store.Orders.Contracts;

/// <summary>
/// The one way to change an order's status, for the storefront, the API, the admin, payments and jobs: the
/// transition table decides, and the change, its history row, its email and any stock release commit together.
/// </summary>
public interface IOrderWorkflow
{
    /// <summary><paramref name="by"/> is who did it (a user id, or <c>system</c>), written to the history.</summary>
    Task<TransitionOutcome> TransitionAsync(string number, OrderStatus to, OrderActor actor, string by, string? note, CancellationToken cancellationToken);
}
