namespace Store.Orders.Returns;

/// <summary>A return as its customer and staff see it: number, kind, status, when asked, the units, the reason and outcome, staff's note, the refund.</summary>
public sealed record ReturnView(string Number, string OrderNumber, string Kind, string Status, DateTime RequestedUtc, IReadOnlyList<ReturnEmailLine> Lines, string? Reason, string Outcome, string? StaffNote, long RefundedAmount, string Currency, string Email)
{
    /// <summary>What one unit of each line cost, summed over the return's units: the refund staff is offered.</summary>
    public long SuggestedRefund { get; init; }
}
