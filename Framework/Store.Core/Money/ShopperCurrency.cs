using Microsoft.AspNetCore.Http;

namespace Store.Core.Money;

/// <summary>
/// The currency this request shows prices in, when the shop sells in more than one: chosen by the Currencies module
/// (switcher, cookie, culture) before routing, read by every module that prints or charges a price. Null means the
/// base currency. The output cache keeps one copy of a page per currency (<see cref="CacheKey"/>).
/// </summary>
public static class ShopperCurrency
{
    public const string CookieName = ".Store.Currency";

    private static readonly object Key = new();

    public static string? Of(HttpContext? http) => (http?.Items[Key] as Chosen)?.Currency;

    /// <param name="version">Changes when the currency's rate or rounding does, so cached pages at the old rate are not served.</param>
    public static void Set(HttpContext http, string currency, string version) => http.Items[Key] = new Chosen(currency, version);

    public static KeyValuePair<string, string> CacheKey(HttpContext http) =>
        new("currency", http.Items[Key] is Chosen chosen ? chosen.Currency + "@" + chosen.Version : "");

    private sealed record Chosen(string Currency, string Version);
}
