using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Addresses;
using Store.Accounts.Users;
using Store.Cart.Contracts;
using Store.Core.Liquid;
using Store.Core.Sites;
using Store.Orders.Abandoned;
using Store.Orders.Guests;

namespace Store.Orders.Checkout;

/// <summary>
/// <c>/checkout</c>: review the cart, choose or enter the address, place the order. A guest (not signed in) enters
/// an email and an address, unless <c>Orders:RequireAccount</c> is on: then checkout asks to sign in first.
/// </summary>
internal static class CheckoutEndpoints
{
    public static void MapCheckoutEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/checkout", async (HttpContext http, OrderDrafts drafts, AddressBook book, SiteState site, OrdersOptions options, CancellationToken cancellationToken) =>
        {
            if (MustSignIn(http, options))
            {
                return Results.Challenge();
            }

            var form = new CheckoutForm { PlaceToken = Guid.NewGuid().ToString("n") };
            var page = await PageAsync(http, drafts, book, site, form, cancellationToken);
            return page.Lines.Count == 0 && page.Problems.Count == 0
                ? Results.Redirect("/cart")
                : Show(page, form, new Dictionary<string, string>());
        });

        endpoints.MapPost("/checkout", async ([FromForm] CheckoutForm form, HttpContext http, OrderPlacement placement, GuestPlacement guests, GuestCartEmails guestEmails, OrderDrafts drafts, AddressBook book, SiteState site, OrdersOptions options, GuestLinks links, CancellationToken cancellationToken) =>
        {
            if (MustSignIn(http, options))
            {
                return Results.Challenge();
            }

            if (SignedIn(http) is null)
            {
                // Kept before anything else: a guest who stops here may be reminded of the cart (with consent).
                await guestEmails.RememberAsync(http, form, cancellationToken);
            }

            // "Update shipping and tax": the same page for the address now chosen, nothing placed (works without script).
            if (form.Intent == "refresh")
            {
                return Show(await PageAsync(http, drafts, book, site, form, cancellationToken), form, new Dictionary<string, string>());
            }

            var userId = SignedIn(http);
            var placed = userId is null
                ? await guests.PlaceAsync(http, form.Email, form.PlaceToken, form.ToGuestChoice(), cancellationToken)
                : await placement.PlaceAsync(http, userId, form.PlaceToken, form.ToChoice(), cancellationToken);
            if (placed.Number is not null)
            {
                return Results.Redirect(userId is null ? $"{links.PathOf(placed.Number)}?placed=1" : $"/account/orders/{placed.Number}?placed=1");
            }

            var page = await PageAsync(http, drafts, book, site, form, cancellationToken);
            return Show(page, form, placed.Errors);
        });
    }

    private static LiquidResult Show(CheckoutPage page, CheckoutForm form, IReadOnlyDictionary<string, string> errors) =>
        Liquid.Page("Checkout/Index", page, errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
            new Dictionary<string, object?> { ["form"] = form, ["errors"] = errors });

    private static bool MustSignIn(HttpContext http, OrdersOptions options) => options.RequireAccount && SignedIn(http) is null;

    private static string? SignedIn(HttpContext http) => http.User.Identity?.IsAuthenticated == true ? CurrentUser.IdOf(http.User) : null;

    private static async Task<CheckoutPage> PageAsync(HttpContext http, OrderDrafts drafts, AddressBook book, SiteState site, CheckoutForm form, CancellationToken cancellationToken)
    {
        var userId = SignedIn(http);
        var saved = userId is null ? [] : await book.ListAsync(userId, cancellationToken);
        var addresses = saved.Select(AddressView.From).ToList();
        var selected = userId is null ? "new" : form.Address ?? addresses.FirstOrDefault(a => a.IsDefault)?.Id.ToString(CultureInfo.InvariantCulture) ?? "new";
        var draft = await drafts.BuildAsync(http, userId, DestinationOf(saved, selected, form), form.MethodId, cancellationToken);
        var priced = draft.Priced;
        var currency = priced.Currency;
        var lines = draft.Priceable.Zip(priced.Lines, (l, p) => new CheckoutLine(l.Variant!.ProductName, l.Variant.OptionsText, l.Variant.ImageUrl, p.UnitPrice, l.Quantity, p.LineTotal, Percent(p.TaxRate)))
            .ToList();
        var taxes = priced.Lines.Select(l => (l.TaxRate, l.TaxAmount)).Append((priced.ShippingTaxRate, priced.ShippingTax))
            .Where(t => t.Item2 != 0).GroupBy(t => t.Item1).OrderByDescending(g => g.Key)
            .Select(g => new CheckoutTax(Percent(g.Key), g.Sum(t => t.Item2))).ToList();
        var options = priced.ShippingOptions.Select(o => new CheckoutShippingOption(o.MethodId, o.Name, o.Price, o.MethodId == priced.Method?.MethodId)).ToList();
        return new CheckoutPage(lines, priced.Subtotal, priced.Shipping, priced.Total, currency, draft.Problems, draft.CanPlace && priced.Ships, addresses, selected,
            options, taxes, priced.TaxTotal, priced.PricesIncludeTax, priced.Destination.Country, priced.Ships ? null : OrderWriter.NotShipped(priced.Destination.Country))
        {
            Discounts = priced.Discounts,
            CouponMessage = priced.CouponRefusal,
            IsGuest = userId is null,
        };
    }

    // The address the page prices for: the saved one chosen, or the new one's country as typed so far (else the shop's country).
    private static PricingDestination? DestinationOf(List<Address> saved, string selected, CheckoutForm form)
    {
        if (selected != "new")
        {
            return saved.FirstOrDefault(a => a.Id.ToString(CultureInfo.InvariantCulture) == selected) is { } a ? new PricingDestination(a.Country, a.Region, a.PostalCode) : null;
        }

        return CountryCodes.Normalize(form.Country) is { } country ? new PricingDestination(country, form.Region, form.PostalCode) : null;
    }

    private static string Percent(decimal rate) => rate.ToString("0.####", CultureInfo.CurrentCulture);
}
