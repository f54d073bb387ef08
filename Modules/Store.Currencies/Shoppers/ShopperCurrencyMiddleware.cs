using System.Globalization;
using Microsoft.AspNetCore.Http;
using Store.Core.Money;
using Store.Currencies.Contracts;

namespace Store.Currencies.Shoppers;

/// <summary>
/// Picks the request's currency before routing (so the output cache can vary by it): the API's <c>currency</c>
/// parameter, else the switcher's cookie, else the currency of the visitor's culture's country when the shop sells
/// in it, else the base currency. A single-currency shop sets nothing and every page stays as it was.
/// </summary>
internal sealed class ShopperCurrencyMiddleware(RequestDelegate next, ICurrencies currencies)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var setup = await currencies.GetAsync(http.RequestAborted);
        if (!setup.IsSingle)
        {
            var code = Choose(http, setup);
            ShopperCurrency.Set(http, code, setup.Find(code) is { } chosen ? string.Create(CultureInfo.InvariantCulture, $"{chosen.Rate}/{chosen.Rounding.Step}/{chosen.Rounding.Ending}") : "");
        }

        await next(http);
    }

    private static string Choose(HttpContext http, CurrencySetup setup)
    {
        // Only the API takes it from the query: a storefront URL with ?currency= would split the cache for nothing.
        if (http.Request.Path.StartsWithSegments("/api") && http.Request.Query["currency"].FirstOrDefault() is { } asked)
        {
            return setup.Resolve(asked);
        }

        if (http.Request.Cookies[ShopperCurrency.CookieName] is { Length: 3 } chosen)
        {
            return setup.Resolve(chosen);
        }

        // The shop's cultures are neutral ("fr"), so the country comes from the browser's first regional language.
        var regional = http.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value)
            .FirstOrDefault(l => l is { Length: <= 20 } && l.Contains('-', StringComparison.Ordinal));
        return setup.Resolve(regional is null ? null : CurrencyOf(regional));
    }

    private static string? CurrencyOf(string culture)
    {
        try
        {
            return new RegionInfo(culture).ISOCurrencySymbol;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
