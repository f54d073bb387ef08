using Store.Orders.Contracts;

namespace Store.Orders.Admin;

/// <summary>
/// Staff status changes from the admin pages and API, one order or many: each order goes through the transition
/// table on its own (its own transaction, history row, email and live notice), so one refusal stops nothing else.
/// </summary>
public sealed class StatusChanges(IOrderWorkflow workflow)
{
    public const int MaxNoteLength = 500;
    public const int MaxBulk = 500;

    public Task<TransitionOutcome> ChangeAsync(string number, OrderStatus to, string staffId, string? note, CancellationToken cancellationToken) =>
        workflow.TransitionAsync(number, to, OrderActor.Staff, staffId, Note(note), cancellationToken);

    public async Task<BulkResult> ChangeManyAsync(IReadOnlyList<string> numbers, OrderStatus to, string staffId, string? note, CancellationToken cancellationToken)
    {
        var results = new List<BulkItem>();
        foreach (var number in numbers.Distinct(StringComparer.Ordinal))
        {
            var outcome = await ChangeAsync(number, to, staffId, note, cancellationToken);
            results.Add(new BulkItem(number, outcome.Result == TransitionResult.Done, outcome.Result == TransitionResult.Done ? null : outcome.Message));
        }

        return new BulkResult(to.ToString(), results);
    }

    public static string? Note(string? note) => note?.Trim() is { Length: > 0 } text ? text[..Math.Min(text.Length, MaxNoteLength)] : null;
}

/// <summary>One order of a bulk change: done, or refused with the table's reason.</summary>
public sealed record BulkItem(string Number, bool Done, string? Message);

/// <summary>A bulk change's outcome per order; the order list writes the line staff read from it.</summary>
public sealed record BulkResult(string To, IReadOnlyList<BulkItem> Orders)
{
    public int Changed => Orders.Count(o => o.Done);

    public int Refused => Orders.Count(o => !o.Done);
}
