using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Addresses;
using Store.Cart.Contracts;
using Store.Catalog.Contracts;
using Store.Core.Api;
using Store.Core.Sites;

namespace Store.Cart.Carts;

/// <summary>
/// <c>/api/v1/cart</c>: the caller's cart (a user's through the bearer token, an anonymous client's through
/// <c>Cart-Token</c>, returned as <c>cartToken</c> by the call that made the cart). Refusals are problem
/// details; a stock refusal carries <c>available</c>.
/// </summary>
internal static class CartApiEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapCartApiEndpoints(this IEndpointRouteBuilder cart)
    {
        cart.MapGet("/", async (HttpContext http, CartLocator locator, CartReader reader, CancellationToken cancellationToken) =>
        {
            var found = await locator.FindAsync(http, cancellationToken);
            return TypedResults.Ok(await ViewAsync(reader, locator, found, true, cancellationToken));
        })
            .WithSummary("The cart: lines at today's prices, totals, and what stands in the way of checkout (send cartToken as X-Cart-Token when anonymous)");

        cart.MapPost("/items", async Task<IResult> (HttpContext http, CartLocator locator, CartEditor editor, CartReader reader, ICatalogProducts catalog, CartOptions options, CancellationToken cancellationToken) =>
        {
            if (await ReadAsync(http) is not { } request)
            {
                return Unreadable();
            }

            var (variantId, refusal) = await VariantChoice.ResolveAsync(catalog, request.VariantId, request.ProductId, cancellationToken);
            if (refusal is not null)
            {
                return Problem(refusal, "variantId");
            }

            var (quantity, error) = Quantity.Parse(request.Quantity, options.MaxQuantityPerLine);
            if (error is not null)
            {
                return Problem(CartEdit.Invalid(error), "quantity");
            }

            var found = await locator.GetOrCreateAsync(http, cancellationToken);
            var edit = await editor.AddAsync(found, variantId, quantity, cancellationToken);
            return edit.Status == CartEditStatus.Saved ? TypedResults.Ok(await ViewAsync(reader, locator, found, false, cancellationToken)) : Problem(edit, "quantity");
        })
            .Accepts<CartItemRequest>("application/json")
            .Produces<CartView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Add a variant to the cart (makes the cart; an anonymous caller gets cartToken)")
            .WithRequestExample(new { variantId = 12, quantity = 2 });

        cart.MapPut("/items/{variantId:int}", async Task<IResult> (int variantId, HttpContext http, CartLocator locator, CartEditor editor, CartReader reader, CartOptions options, CancellationToken cancellationToken) =>
        {
            if (await ReadAsync(http) is not { } request)
            {
                return Unreadable();
            }

            var (quantity, error) = Quantity.Parse(request.Quantity, options.MaxQuantityPerLine);
            if (error is not null)
            {
                return Problem(CartEdit.Invalid(error), "quantity");
            }

            var found = await locator.FindAsync(http, cancellationToken);
            var edit = found is null ? CartEdit.NotFound("This item is not in your cart.") : await editor.SetQuantityAsync(found, variantId, quantity, cancellationToken);
            return edit.Status == CartEditStatus.Saved ? TypedResults.Ok(await ViewAsync(reader, locator, found, false, cancellationToken)) : Problem(edit, "quantity");
        })
            .Accepts<CartItemRequest>("application/json")
            .Produces<CartView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Set a line's quantity (0 removes it)")
            .WithRequestExample(new { quantity = 3 });

        cart.MapDelete("/items/{variantId:int}", async Task<IResult> (int variantId, HttpContext http, CartLocator locator, CartEditor editor, CancellationToken cancellationToken) =>
        {
            var found = await locator.FindAsync(http, cancellationToken);
            var edit = found is null ? CartEdit.NotFound("This item is not in your cart.") : await editor.RemoveAsync(found, variantId, cancellationToken);
            return edit.Status == CartEditStatus.Saved ? TypedResults.NoContent() : Problem(edit, "variantId");
        })
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Remove a line");

        cart.MapGet("/shipping-options", async Task<IResult> (HttpContext http, CartLocator locator, CartReader reader, AddressBook addresses,
            string? country, string? region, string? postalCode, int? addressId, CancellationToken cancellationToken) =>
        {
            PricingDestination? destination = null;
            if (addressId is { } id)
            {
                var userId = CartLocator.UserIdOf(http);
                var saved = userId is null ? null : await addresses.FindAsync(userId, id, cancellationToken);
                if (saved is null)
                {
                    return ApiProblems.Field("addressId", "Give the id of one of your saved addresses (signed in), or a country.");
                }

                destination = new PricingDestination(saved.Country, saved.Region, saved.PostalCode);
            }
            else if (country is not null)
            {
                destination = CountryCodes.Normalize(country) is { } code
                    ? new PricingDestination(code, region, postalCode)
                    : null;
                if (destination is null)
                {
                    return ApiProblems.Field("country", "Enter a two-letter country code, such as FR or US.");
                }
            }

            var priced = await reader.PriceAsync(await locator.FindAsync(http, cancellationToken), destination, cancellationToken);
            var currency = priced.Currency;
            var ships = priced.ShippingOptions.Count > 0;
            return TypedResults.Ok(new ShippingOptionsResponse(priced.Destination.Country, ships,
                ships ? null : priced.Lines.Count == 0 ? "Your cart is empty: add something to see shipping options." : $"We do not ship to {priced.Destination.Country}.",
                priced.ShippingOptions.Select(o => new ShippingOptionResponse(o.MethodId, o.Name, o.Price, o.FreeFrom)).ToList(), priced.Method?.MethodId,
                priced.Subtotal, priced.Shipping, priced.TaxTotal, priced.Total, priced.PricesIncludeTax, currency));
        })
            .Produces<ShippingOptionsResponse>()
            .ProducesValidationProblem()
            .WithSummary("Shipping methods and totals with tax for the cart: ?country=FR[&region=&postalCode=], ?addressId= (signed in), or the default address");

        cart.MapPost("/coupon", async Task<Results<Ok<CartView>, ProblemHttpResult>> (CartCouponRequest request, HttpContext http, CartLocator locator, CouponChoice coupons, CartReader reader, CancellationToken cancellationToken) =>
        {
            var found = await locator.FindAsync(http, cancellationToken);
            var edit = await coupons.ApplyAsync(found, request.Code, cancellationToken);
            return edit.Status == CartEditStatus.Saved ? TypedResults.Ok(await ViewAsync(reader, locator, found, false, cancellationToken)) : Problem(edit, "code");
        })
            .WithSummary("Enter the cart's one code; 400 with errors.code saying why when it does not apply (unknown, expired, not yet valid, minimum not reached, already used by you, used up, applies to nothing in the cart)")
            .WithRequestExample(new CartCouponRequest("SPRING-10"));

        cart.MapDelete("/coupon", async (HttpContext http, CartLocator locator, CouponChoice coupons, CancellationToken cancellationToken) =>
        {
            await coupons.RemoveAsync(await locator.FindAsync(http, cancellationToken), cancellationToken);
            return TypedResults.NoContent();
        })
            .WithSummary("Remove the cart's code");

        cart.MapDelete("/", async (HttpContext http, CartLocator locator, CartEditor editor, CancellationToken cancellationToken) =>
        {
            if (await locator.FindAsync(http, cancellationToken) is { } found)
            {
                await editor.ClearAsync(found, cancellationToken);
            }

            return TypedResults.NoContent();
        })
            .WithSummary("Empty the cart");
    }

    private static async Task<CartView> ViewAsync(CartReader reader, CartLocator locator, Cart? cart, bool takeNotices, CancellationToken cancellationToken) =>
        await reader.ReadAsync(cart, takeNotices, cancellationToken) with { CartToken = locator.TokenOf(cart) };

    // The body is read by hand so a wrong JSON type answers a message, never the framework's bare 400.
    private static async Task<CartItemRequest?> ReadAsync(HttpContext http)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<CartItemRequest>(http.Request.Body, Json, http.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ProblemHttpResult Unreadable() =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request body must be JSON such as {\"variantId\": 12, \"quantity\": 1}.");

    private static ProblemHttpResult Problem(CartEdit edit, string field)
    {
        var status = edit.Status == CartEditStatus.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
        var extensions = new Dictionary<string, object?>();
        if (status == StatusCodes.Status400BadRequest)
        {
            extensions["errors"] = new Dictionary<string, string[]> { [field] = [edit.Message!] };
        }

        if (edit.Available is { } available)
        {
            extensions["available"] = available;
        }

        return TypedResults.Problem(statusCode: status, title: edit.Message, extensions: extensions);
    }
}
