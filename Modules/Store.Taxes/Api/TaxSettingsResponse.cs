namespace Store.Taxes.Api;

/// <summary>The shop's tax settings in the API.</summary>
public sealed record TaxSettingsResponse(bool PricesIncludeTax, string ShopCountry, string? ShippingCategory);
