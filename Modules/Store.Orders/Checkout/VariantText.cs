using Store.Catalog.Contracts;

namespace Store.Orders.Checkout;

internal static class VariantText
{
    /// <summary>"Colour: Red, Size: M"; empty for a product with one variant.</summary>
    public static string OptionsOf(CatalogVariantSnapshot variant) => string.Join(", ", variant.Options.Select(o => $"{o.Option}: {o.Value}"));
}
