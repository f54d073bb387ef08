namespace Store.Orders.Returns;

/// <summary>Staff's step on the API: <c>Approved</c>, <c>Rejected</c> (with a note) or <c>Received</c>.</summary>
public sealed record ReturnStepBody(string? Status, string? Note);
