namespace Store.Currencies.Shoppers;

/// <summary>The header's currency switcher: the currency prices are shown in and the others on offer (empty in a single-currency shop).</summary>
public sealed record CurrencySwitcher(string Current, IReadOnlyList<string> Codes);
