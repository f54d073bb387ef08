using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Store.Cart.Carts;
using Store.Catalog.Contracts;
using Store.Core.Http;
using Store.Core.Liquid;
using Store.Core.Money;

namespace Store.Cart.Storefront;

/// <summary>
/// <c>/cart</c> and its forms. Every form works as a plain post (redirect back to <c>/cart</c>, or the page
/// again with the message and 400); <c>cart.js</c> posts the same forms asking for JSON and updates the
/// totals in place.
/// </summary>
internal static class CartStorefront
{
    public static void MapCartStorefront(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/cart", async (HttpContext http, CartLocator locator, CartReader reader, string? added, string? restored, CancellationToken cancellationToken) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var cart = await reader.ReadAsync(await locator.FindAsync(http, cancellationToken), takeNotices: true, cancellationToken);
            return Liquid.Page("Cart/Index", new CartPage(cart, added is not null ? "Added to your cart." : restored is not null ? "Here is the cart you left: it is yours in this browser now." : null, null));
        });

        endpoints.MapPost("/cart/add", (HttpContext http, CancellationToken _) => PostAsync(http, async (form, cart, editor, cancellationToken) =>
        {
            var catalog = http.RequestServices.GetRequiredService<ICatalogProducts>();
            var (variantId, refusal) = await VariantChoice.ResolveAsync(catalog, IdOf(form["variantId"]), IdOf(form["productId"]), cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            var (quantity, error) = Quantity.Parse(form["quantity"], Options(http).MaxQuantityPerLine);
            return error is not null ? CartEdit.Invalid(error) : await editor.AddAsync(await cart(), variantId, quantity, cancellationToken);
        }, creates: true));

        endpoints.MapPost("/cart/update", (HttpContext http, CancellationToken _) => PostAsync(http, async (form, cart, editor, cancellationToken) =>
        {
            var (quantity, error) = Quantity.Parse(form["quantity"], Options(http).MaxQuantityPerLine);
            return error is not null ? CartEdit.Invalid(error) : await editor.SetQuantityAsync(await cart(), IdOf(form["variantId"]) ?? 0, quantity, cancellationToken);
        }));

        endpoints.MapPost("/cart/remove", (HttpContext http, CancellationToken _) => PostAsync(http, async (form, cart, editor, cancellationToken) =>
            await editor.RemoveAsync(await cart(), IdOf(form["variantId"]) ?? 0, cancellationToken)));

        // The coupon form: a code is kept only when it applies now; a refusal says why and changes nothing.
        endpoints.MapPost("/cart/coupon", (HttpContext http, CancellationToken _) => PostAsync(http, async (form, cart, _, cancellationToken) =>
            await http.RequestServices.GetRequiredService<CouponChoice>().ApplyAsync(await cart(), form["code"], cancellationToken)));

        endpoints.MapPost("/cart/coupon/remove", (HttpContext http, CancellationToken _) => PostAsync(http, async (_, cart, _, cancellationToken) =>
            await http.RequestServices.GetRequiredService<CouponChoice>().RemoveAsync(await cart(), cancellationToken)));

        endpoints.MapPost("/cart/clear", (HttpContext http, CancellationToken _) => PostAsync(http, async (_, cart, editor, cancellationToken) =>
        {
            await editor.ClearAsync(await cart(), cancellationToken);
            return CartEdit.Saved();
        }));
    }

    private delegate Task<CartEdit> CartChange(IFormCollection form, Func<Task<Carts.Cart>> cart, CartEditor editor, CancellationToken cancellationToken);

    private static async Task<IResult> PostAsync(HttpContext http, CartChange change, bool creates = false)
    {
        var cancellationToken = http.RequestAborted;
        if (!http.Request.HasFormContentType)
        {
            return Results.BadRequest();
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        if (!await SameSiteRequest.IsAllowedAsync(http, form))
        {
            return Refused(http, "This form was sent from outside the shop, so nothing changed. Please try again from the shop's page.", StatusCodes.Status400BadRequest);
        }

        var services = http.RequestServices;
        var locator = services.GetRequiredService<CartLocator>();
        // Only an add makes a cart; a change to a cart that does not exist finds no line (an empty stand-in).
        var edit = await change(form, async () => creates
            ? await locator.GetOrCreateAsync(http, cancellationToken)
            : await locator.FindAsync(http, cancellationToken) ?? new Carts.Cart(),
            services.GetRequiredService<CartEditor>(), cancellationToken);
        var reader = services.GetRequiredService<CartReader>();
        var view = await reader.ReadAsync(await locator.FindAsync(http, cancellationToken), takeNotices: false, cancellationToken);
        var status = edit.Status switch
        {
            CartEditStatus.Saved => StatusCodes.Status200OK,
            CartEditStatus.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        if (WantsJson(http))
        {
            return Results.Json(Display(view, edit), statusCode: status);
        }

        return edit.Status == CartEditStatus.Saved
            ? Results.Redirect(creates ? "/cart?added=1" : "/cart")
            : Liquid.Page("Cart/Index", new CartPage(view, null, edit.Message), status);
    }

    private static IResult Refused(HttpContext http, string message, int status) =>
        WantsJson(http) ? Results.Json(new { message }, statusCode: status) : Liquid.Page("Cart/Index", new CartPage(EmptyView(http), null, message), status);

    private static CartView EmptyView(HttpContext http) =>
        new([], 0, 0, 0, 0, 0, false, Options(http).MaxQuantityPerLine, [], "USD");

    // What cart.js needs to update the page: the figures already formatted for the shopper's culture.
    private static object Display(CartView view, CartEdit edit)
    {
        string Format(long amount) => new Money(amount, view.Currency).Format(CultureInfo.CurrentCulture);
        return new
        {
            ok = edit.Status == CartEditStatus.Saved,
            message = edit.Message,
            available = edit.Available,
            count = view.Count,
            subtotal = Format(view.Subtotal),
            shipping = view.Shipping == 0 ? null : Format(view.Shipping),
            total = Format(view.Total),
            tax = Format(view.TaxTotal),
            canCheckout = view.CanCheckout,
            // The page reloads when the discount lines change (a quantity crossing a minimum, a promotion's line growing).
            discountKey = view.DiscountKey,
            lines = view.Lines.Select(l => new { variantId = l.VariantId, quantity = l.Quantity, lineTotal = Format(l.LineTotal), message = l.Message }),
        };
    }

    private static bool WantsJson(HttpContext http) => http.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    private static int? IdOf(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    private static CartOptions Options(HttpContext http) => http.RequestServices.GetRequiredService<CartOptions>();
}
