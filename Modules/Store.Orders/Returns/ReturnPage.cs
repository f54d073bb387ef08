namespace Store.Orders.Returns;

/// <summary>
/// The <c>Returns/Form</c> view's model (a return, or the withdrawal's second step): the order, where the form
/// posts (<see cref="Action"/>), the lines with what may go back, the values typed so far and the errors by field.
/// <see cref="Ticket"/> carries the withdrawal's signed order reference between its two steps.
/// </summary>
public sealed record ReturnPage(string OrderNumber, string Kind, string Action, string Back, IReadOnlyList<ReturnableLine> Lines, ReturnForm Form, IReadOnlyDictionary<string, string> Errors, string? Ticket = null)
{
    /// <summary>The units typed per line (or all that may go back, for a withdrawal shown the first time), by line id as text for the view.</summary>
    public IReadOnlyDictionary<string, int> Units => Lines.ToDictionary(l => l.LineId.ToString(System.Globalization.CultureInfo.InvariantCulture), l => Form.Lines.GetValueOrDefault(l.LineId));
}
