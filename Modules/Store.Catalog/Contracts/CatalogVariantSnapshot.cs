namespace Store.Catalog.Contracts;

/// <summary>
/// What later modules (cart, orders) may know of a published product's variant; prices are minor units of the
/// shop currency. <see cref="ImageUrl"/> is the variant's picture, else the product's first, at thumb size.
/// <see cref="TaxCategory"/> is the variant's tax category code, else the product's, else null (the shop's
/// default); <see cref="WeightGrams"/> is one unit's shipping weight.
/// </summary>
public sealed record CatalogVariantSnapshot(int ProductId, int VariantId, string ProductName, string ProductSlug,
    IReadOnlyList<VariantOptionValue> Options, string Sku, long Price, long? CompareAtPrice, int Stock, string? ImageUrl,
    string? TaxCategory = null, int WeightGrams = 0)
{
    /// <summary>Prices a merchandiser fixed in selling currencies (price lists); charge <c>ShopperMoney.Price(Price, FixedPrices)</c>.</summary>
    public IReadOnlyList<Store.Currencies.Contracts.FixedPrice> FixedPrices { get; init; } = [];

    /// <summary>
    /// <see cref="Options"/> as the request's culture reads them (names and values translated, field by field), for
    /// what the shopper sees; <see cref="Options"/> stay the default culture's, which an order copies.
    /// </summary>
    public IReadOnlyList<VariantOptionValue> ShownOptions
    {
        get => _shownOptions ?? Options;
        init => _shownOptions = value;
    }

    /// <summary><see cref="Options"/> as a line of text ("Colour: Red, Size: M"), as an order copies it; empty for a product with one variant.</summary>
    public string OptionsText => Text(Options);

    /// <summary><see cref="ShownOptions"/> as a line of text, as carts and wish lists show a variant to the shopper.</summary>
    public string ShownOptionsText => Text(ShownOptions);

    /// <summary><see cref="ProductName"/> as the request's culture reads it (its translation, else the default culture's).</summary>
    public string ShownProductName
    {
        get => _shownProductName ?? ProductName;
        init => _shownProductName = value;
    }

    private readonly IReadOnlyList<VariantOptionValue>? _shownOptions;

    private readonly string? _shownProductName;

    private static string Text(IEnumerable<VariantOptionValue> options) => string.Join(", ", options.Select(o => $"{o.Option}: {o.Value}"));
}
