namespace Store.Taxes.Settings;

/// <summary>
/// <c>tax</c> on every page: how prices are shown. <see cref="Included"/> true reads "incl. 20 % VAT" (the default
/// category's rate in the shop's country), false "plus tax"; <see cref="Show"/> is false for a shop without tax.
/// </summary>
public sealed record TaxNote(bool Show, bool Included, string Rate, string Name);
