using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Addresses;
using Store.Accounts.Users;
using Store.Core.Liquid;
using Store.Core.Sites;

namespace Store.Orders.Checkout;

/// <summary><c>/checkout</c>: review the cart, choose or enter the address, place the order. Signed-in shoppers only.</summary>
internal static class CheckoutEndpoints
{
    public static void MapCheckoutEndpoints(this IEndpointRouteBuilder signedIn)
    {
        signedIn.MapGet("/checkout", async (HttpContext http, OrderDrafts drafts, AddressBook book, SiteState site, CancellationToken cancellationToken) =>
        {
            var page = await PageAsync(http, drafts, book, site, null, cancellationToken);
            return page.Lines.Count == 0 && page.Problems.Count == 0
                ? Results.Redirect("/cart")
                : Show(page, new CheckoutForm { PlaceToken = Guid.NewGuid().ToString("n") }, new Dictionary<string, string>());
        });

        signedIn.MapPost("/checkout", async ([FromForm] CheckoutForm form, HttpContext http, OrderPlacement placement, OrderDrafts drafts, AddressBook book, SiteState site, CancellationToken cancellationToken) =>
        {
            var userId = CurrentUser.IdOf(http.User)!;
            var placed = await placement.PlaceAsync(http, userId, form.PlaceToken, form.ToChoice(), cancellationToken);
            if (placed.Number is not null)
            {
                return Results.Redirect($"/account/orders/{placed.Number}?placed=1");
            }

            var page = await PageAsync(http, drafts, book, site, form.Address, cancellationToken);
            return Show(page, form, placed.Errors);
        });
    }

    private static LiquidResult Show(CheckoutPage page, CheckoutForm form, IReadOnlyDictionary<string, string> errors) =>
        Liquid.Page("Checkout/Index", page, errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
            new Dictionary<string, object?> { ["form"] = form, ["errors"] = errors });

    private static async Task<CheckoutPage> PageAsync(HttpContext http, OrderDrafts drafts, AddressBook book, SiteState site, string? selected, CancellationToken cancellationToken)
    {
        var userId = CurrentUser.IdOf(http.User)!;
        var draft = await drafts.BuildAsync(http, userId, cancellationToken);
        var addresses = (await book.ListAsync(userId, cancellationToken)).Select(AddressView.From).ToList();
        var currency = (await site.GetAsync(cancellationToken))?.Currency ?? "USD";
        var lines = draft.Lines.Where(l => l.Variant is not null)
            .Select(l => new CheckoutLine(l.Variant!.ProductName, VariantText.OptionsOf(l.Variant), l.Variant.ImageUrl, l.Variant.Price, l.Quantity, l.LineTotal))
            .ToList();
        selected ??= addresses.FirstOrDefault(a => a.IsDefault)?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "new";
        return new CheckoutPage(lines, draft.Totals.Subtotal, draft.Totals.Shipping, draft.Totals.Total, currency, draft.Problems, draft.CanPlace, addresses, selected);
    }
}
