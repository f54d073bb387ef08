using Store.Catalog.Contracts;

namespace Store.Cart.Carts;

/// <summary>How a variant is named to the shopper: the product's name, then its options, in the shopper's language.</summary>
internal static class ItemNames
{
    public static string Of(CatalogVariantSnapshot variant) =>
        variant.ShownOptions.Count == 0 ? variant.ShownProductName : $"{variant.ShownProductName} ({variant.ShownOptionsText})";
}
