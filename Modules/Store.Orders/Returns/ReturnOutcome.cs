namespace Store.Orders.Returns;

/// <summary>What a return step did: the return's number when done, or the problems by field (<c>""</c> for the whole request), and whether it was the 404 kind.</summary>
internal sealed record ReturnOutcome(string? Number, IReadOnlyDictionary<string, string> Errors, bool NotFound = false)
{
    public static ReturnOutcome Refused(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });

    public static readonly ReturnOutcome Missing = new(null, new Dictionary<string, string> { [""] = "No such return." }, true);
}
