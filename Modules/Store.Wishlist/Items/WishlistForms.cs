using System.Globalization;
using Microsoft.AspNetCore.Http;
using Store.Core.Http;

namespace Store.Wishlist.Items;

/// <summary>
/// What every wishlist form shares: the form is read by hand and accepted with a valid antiforgery token or, from
/// cached pages without one, the shop's own <c>Origin</c> (<see cref="SameSiteRequest"/>), as the cart's forms are.
/// </summary>
internal static class WishlistForms
{
    public const string Foreign = "This form was sent from outside the shop, so nothing changed. Please try again from the shop's page.";

    public static async Task<IFormCollection?> ReadAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType)
        {
            return null;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        return await SameSiteRequest.IsAllowedAsync(http, form) ? form : null;
    }

    public static int? IdOf(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    public static bool WantsJson(HttpContext http) =>
        http.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The visitor's wishlist page: the account's for a signed-in user, the browser's otherwise.</summary>
    public static string PageOf(HttpContext http) => WishlistVisitor.UserIdOf(http) is null ? "/wishlist" : "/account/wishlist";
}
