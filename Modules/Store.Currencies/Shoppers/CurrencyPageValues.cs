using Microsoft.AspNetCore.Http;
using Store.Core.Liquid;
using Store.Core.Money;
using Store.Currencies.Contracts;

namespace Store.Currencies.Shoppers;

/// <summary>Adds <see cref="CurrencySwitcher"/> as <c>currencies</c> to every page, for the header's switcher.</summary>
internal sealed class CurrencyPageValues(ICurrencies currencies) : IPageValues
{
    public async Task AddAsync(HttpContext http, IDictionary<string, object?> values)
    {
        var setup = await currencies.GetAsync(http.RequestAborted);
        values["currencies"] = setup.IsSingle
            ? new CurrencySwitcher(setup.Base, [])
            : new CurrencySwitcher(ShopperCurrency.Of(http) ?? setup.Base, [.. setup.Codes]);
    }
}
