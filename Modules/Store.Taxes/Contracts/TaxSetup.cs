namespace Store.Taxes.Contracts;

/// <summary>
/// The shop's tax settings as other modules read them: whether prices are entered and shown with tax
/// (<see cref="PricesIncludeTax"/>), the country used to estimate tax before an address is known, the category
/// shipping is taxed in, and the categories products may name.
/// </summary>
public sealed record TaxSetup(bool PricesIncludeTax, string ShopCountry, string? ShippingCategory, IReadOnlyList<TaxCategoryInfo> Categories)
{
    public bool HasCategory(string code) => Categories.Any(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
}
