using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Core.Http;
using Store.Core.Liquid;
using Store.Core.Privacy;

namespace Store.Accounts.Consents;

/// <summary>
/// The cookie banner's answer (<c>POST /privacy/cookies</c>, from every page, working without script) and the page
/// the footer's "Cookie settings" opens to change it; the account's marketing-email consent.
/// </summary>
internal static class ConsentEndpoints
{
    public static void MapCookieConsentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/privacy/cookies", (HttpContext http) =>
            Liquid.Page("Privacy/Cookies", new CookieSettingsPage(CookieChoice.Of(http), ReturnUrls.Safe(http.Request.Query["returnUrl"].FirstOrDefault(), "/"))));

        endpoints.MapPost("/privacy/cookies", async (HttpContext http, ConsentLog consents, UserManager<User> users, TimeProvider time) =>
        {
            if (!http.Request.HasFormContentType)
            {
                return Results.BadRequest("Send the form of the cookie banner.");
            }

            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var choice = form["choice"].ToString();
            var back = ReturnUrls.Safe(form["returnUrl"].FirstOrDefault(), "/");
            // The banner sits in cached HTML without a token: a post from another site is told apart by Origin.
            if (!await SameSiteRequest.IsAllowedAsync(http, form))
            {
                return Liquid.Page("Privacy/Cookies", new CookieSettingsPage(CookieChoice.Of(http), back, "This form was sent from outside the shop, so nothing changed. Please choose again here."), StatusCodes.Status400BadRequest);
            }

            if (choice is not (CookieChoice.All or CookieChoice.Essential))
            {
                return Liquid.Page("Privacy/Cookies", new CookieSettingsPage(CookieChoice.Of(http), back, "Choose to accept optional cookies or to keep essential cookies only."), StatusCodes.Status400BadRequest);
            }

            var visitor = CookieChoice.VisitorOf(http) ?? Guid.NewGuid().ToString("n");
            await consents.RecordAsync(ConsentPurpose.OptionalCookies, choice == CookieChoice.All, "banner", users.GetUserId(http.User), visitor, http.RequestAborted);
            CookieChoice.Set(http, choice, visitor, time.GetUtcNow());
            return Results.Redirect(back);
        }).DisableAntiforgery();
    }

    public static void MapMarketingConsentEndpoints(this IEndpointRouteBuilder account) =>
        account.MapPost("/privacy/marketing", async (HttpContext http, ConsentLog consents, UserManager<User> users) =>
        {
            if (!http.Request.HasFormContentType || users.GetUserId(http.User) is not { } userId)
            {
                return Results.BadRequest();
            }

            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            if (!await SameSiteRequest.IsAllowedAsync(http, form))
            {
                return Results.BadRequest("This form was sent from outside the shop, so nothing changed.");
            }

            var value = form["marketing"].LastOrDefault();
            if (value is not ("true" or "false"))
            {
                return Results.BadRequest("Choose whether you want marketing emails (true or false).");
            }

            await consents.RecordAsync(ConsentPurpose.MarketingEmails, value == "true", "account", userId, null, http.RequestAborted);
            return Results.Redirect("/account/privacy?saved=marketing");
        }).DisableAntiforgery();
}
