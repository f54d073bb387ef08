using System.Globalization;
using System.Text.Json;

namespace Store.Cart.Carts;

/// <summary>
/// Reads a quantity as a form or JSON sends it: a whole number from 1 to the line maximum, or a message
/// saying what is wrong (0, -1, 2.5, "two" and 10^20 are all refused, never rounded or clamped).
/// </summary>
internal static class Quantity
{
    public static (int Value, string? Error) Parse(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (0, "Enter a quantity.");
        }

        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return text.Trim().All(c => char.IsAsciiDigit(c) || c == '-') ? (0, TooMany(max)) : (0, "The quantity must be a whole number, such as 1 or 2.");
        }

        return Check(number, max);
    }

    public static (int Value, string? Error) Parse(JsonElement? element, int max) => element switch
    {
        null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => (0, "Enter a quantity."),
        { ValueKind: JsonValueKind.Number } number when number.TryGetDecimal(out var value) => Check(value, max),
        { ValueKind: JsonValueKind.Number } => (0, TooMany(max)),
        _ => (0, "The quantity must be a whole number, such as 1 or 2."),
    };

    private static (int Value, string? Error) Check(decimal number, int max)
    {
        if (number != decimal.Truncate(number))
        {
            return (0, "The quantity must be a whole number, such as 1 or 2.");
        }

        if (number < 1)
        {
            return (0, "The quantity must be at least 1 (use Remove to take an item out).");
        }

        return number > max ? (0, TooMany(max)) : ((int)number, null);
    }

    private static string TooMany(int max) => $"At most {max} of one item fit in the cart.";
}
