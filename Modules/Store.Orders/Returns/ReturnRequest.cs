namespace Store.Orders.Returns;

/// <summary>
/// A customer's (or guest's) request to send lines of an order back: a return (reason, wanted outcome) or a
/// withdrawal from the contract. <see cref="Number"/> (<c>{order}-R{n}</c>) is what people see.
/// </summary>
internal sealed class ReturnRequest
{
    public int Id { get; set; }

    public int OrderId { get; set; }

    public int Sequence { get; set; }

    public required string Number { get; set; }

    public ReturnKind Kind { get; set; }

    public ReturnStatus Status { get; set; }

    /// <summary>The customer's words; null for a withdrawal, which needs no reason.</summary>
    public string? Reason { get; set; }

    /// <summary><c>refund</c> or <c>exchange</c>.</summary>
    public required string Outcome { get; set; }

    public required string Email { get; set; }

    /// <summary>The form's token or the API's <c>Idempotency-Key</c>: a double submit makes one request.</summary>
    public required string IdempotencyKey { get; set; }

    public DateTime RequestedUtc { get; set; }

    public required string RequestedBy { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Staff's note to the customer on the last step (why rejected, what happens next).</summary>
    public string? StaffNote { get; set; }

    /// <summary>Minor units refunded for this return (through Payments' partial refund).</summary>
    public long RefundedAmount { get; set; }

    public List<ReturnLine> Lines { get; set; } = [];
}
