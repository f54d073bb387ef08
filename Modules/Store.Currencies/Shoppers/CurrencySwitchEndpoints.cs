using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Web;
using Store.Core.Http;
using Store.Core.Money;
using Store.Currencies.Contracts;

namespace Store.Currencies.Shoppers;

/// <summary>
/// <c>POST /currency</c>: the header's switcher, from every page and without script. It sits in cached HTML without
/// an antiforgery token, so a post from another site is told apart by its Origin, as the cookie banner does.
/// </summary>
internal static class CurrencySwitchEndpoints
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    public static void MapCurrencySwitch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/currency", async (HttpContext http, ICurrencies currencies, TimeProvider time) =>
        {
            if (!http.Request.HasFormContentType)
            {
                return Results.BadRequest("Send the currency switcher's form.");
            }

            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var back = ReturnUrls.Safe(form["returnUrl"].FirstOrDefault(), "/");
            var setup = await currencies.GetAsync(http.RequestAborted);
            var code = form["currency"].FirstOrDefault()?.Trim().ToUpperInvariant();
            if (!await SameSiteRequest.IsAllowedAsync(http, form))
            {
                return Results.BadRequest("This form was sent from outside the shop, so the currency did not change.");
            }

            if (code is null || !setup.Codes.Contains(code, StringComparer.Ordinal))
            {
                return Results.BadRequest($"Choose one of the shop's currencies: {string.Join(", ", setup.Codes)}.");
            }

            http.Response.Cookies.Append(ShopperCurrency.CookieName, code, new CookieOptions
            {
                Expires = time.GetUtcNow() + Lifetime,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
                // A preference the shopper set, not tracking: remembered like the language.
                IsEssential = true,
                Path = "/",
            });
            return Results.Redirect(back);
        }).DisableAntiforgery();
}
