namespace Store.Orders.Returns;

/// <summary>
/// A return or withdrawal as asked: units per order line id (<c>Line_{id}</c> form fields, or the API's lines), the
/// reason and wanted outcome (returns only), and the token that makes a double submit one request.
/// </summary>
public sealed class ReturnForm
{
    public Dictionary<int, int> Lines { get; set; } = [];

    public string? Reason { get; set; }

    /// <summary><c>refund</c> or <c>exchange</c>.</summary>
    public string? Outcome { get; set; }

    public string? Key { get; set; }
}
