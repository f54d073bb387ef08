namespace Store.Taxes.Settings;

/// <summary>The shop's tax settings as staff send them; an empty <see cref="ShippingCategory"/> leaves shipping untaxed.</summary>
public sealed record TaxSettingsInput(bool PricesIncludeTax, string? ShopCountry, string? ShippingCategory);
