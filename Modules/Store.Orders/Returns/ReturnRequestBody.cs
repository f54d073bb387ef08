namespace Store.Orders.Returns;

/// <summary>
/// A return or withdrawal on the API: the units per order line (<c>lineId</c> from the order's <c>lines</c>), and for a
/// return the reason and <c>outcome</c> (<c>refund</c> or <c>exchange</c>). A withdrawal by number and email names
/// the order with <see cref="Number"/> and <see cref="Email"/>; left-out lines withdraw from every unit that may go back.
/// </summary>
public sealed record ReturnRequestBody(IReadOnlyList<ReturnLineBody>? Lines, string? Reason, string? Outcome, string? Number = null, string? Email = null);
