namespace Store.Cart.Carts;

internal enum CartEditStatus
{
    Saved,
    Invalid,
    NotFound,
}

/// <summary>
/// The outcome of a cart change: saved, refused with a message (and how many are available when stock was
/// the reason), or not found (no such published variant, or no such line in this cart).
/// </summary>
internal sealed record CartEdit(CartEditStatus Status, string? Message = null, int? Available = null, string? Name = null)
{
    public static CartEdit Saved(string? name = null) => new(CartEditStatus.Saved, Name: name);

    public static CartEdit Invalid(string message, int? available = null) => new(CartEditStatus.Invalid, message, available);

    public static CartEdit NotFound(string message) => new(CartEditStatus.NotFound, message);

    public static string NotEnough(string name, int available) => available == 0
        ? $"{name} is out of stock."
        : $"Only {available} of {name} {(available == 1 ? "is" : "are")} available.";
}
