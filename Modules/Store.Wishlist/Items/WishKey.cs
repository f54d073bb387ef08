using System.Globalization;

namespace Store.Wishlist.Items;

/// <summary>What a wishlist entry names: a product (<see cref="VariantId"/> 0) or one of its variants.</summary>
internal readonly record struct WishKey(int ProductId, int VariantId)
{
    /// <summary>The cookie's form: <c>12</c> for a product, <c>12:34</c> for a variant.</summary>
    public override string ToString() => VariantId == 0
        ? ProductId.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{ProductId}:{VariantId}");

    public static WishKey? Parse(string text)
    {
        var parts = text.Split(':');
        if (parts.Length > 2 || !Id(parts[0], out var product) || product == 0)
        {
            return null;
        }

        var variant = 0;
        return parts.Length == 1 || Id(parts[1], out variant) ? new WishKey(product, variant) : null;
    }

    private static bool Id(string text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id >= 0;
}
