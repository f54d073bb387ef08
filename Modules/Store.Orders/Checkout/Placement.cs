namespace Store.Orders.Checkout;

/// <summary>
/// What placing an order did: the order's number (<see cref="Created"/> false when the same key placed it
/// before), or the problems by field (<c>""</c> for the cart as a whole), and nothing changed.
/// </summary>
internal sealed record Placement(string? Number, bool Created, IReadOnlyDictionary<string, string> Errors)
{
    public static Placement Refused(string field, string message) => new(null, false, new Dictionary<string, string> { [field] = message });
}
