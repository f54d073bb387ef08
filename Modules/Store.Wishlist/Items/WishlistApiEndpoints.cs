using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Store.Core.Api;
using Store.Currencies.Contracts;

namespace Store.Wishlist.Items;

/// <summary><c>/api/v1/account/wishlist</c>: the caller's wishlist (bearer token of a signed-in user); another user's item answers 404.</summary>
internal static class WishlistApiEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapWishlistApi(this IEndpointRouteBuilder endpoints)
    {
        var wishlist = endpoints.MapApiGroup("/api/v1/account/wishlist").RequireSignedIn();
        wishlist.MapGet("/", async (HttpContext http, WishlistBook book, WishlistCatalog catalog, IShopperCurrency shopper, CancellationToken cancellationToken) =>
        {
            var items = await book.ListAsync(UserId(http), cancellationToken);
            var money = await shopper.GetAsync(cancellationToken);
            var products = await catalog.FindShownAsync(items.Select(i => new WishKey(i.ProductId, i.VariantId)).ToList(), money, cancellationToken);
            return TypedResults.Ok(items.Select(i => WishlistItemResponse.From(i, products.GetValueOrDefault(new WishKey(i.ProductId, i.VariantId)), money.Currency)).ToList());
        })
            .WithSummary("The caller's wishlist, newest first, with today's price (in ?currency=, else the shop's) and stock");

        wishlist.MapPost("/", async Task<Results<Created<WishlistItemResponse>, ValidationProblem, ProblemHttpResult>> (HttpContext http, WishlistBook book, WishlistCatalog catalog, IShopperCurrency shopper, CancellationToken cancellationToken) =>
        {
            WishlistItemRequest? request;
            try
            {
                request = await JsonSerializer.DeserializeAsync<WishlistItemRequest>(http.Request.Body, Json, cancellationToken);
            }
            catch (JsonException)
            {
                request = null;
            }

            if (request is null || (request.ProductId is null && request.VariantId is null))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request body must be JSON such as {\"productId\": 12} or {\"variantId\": 34}.");
            }

            if (await book.ResolveAsync(request.ProductId, request.VariantId, cancellationToken) is not { } key)
            {
                return ApiProblems.Field(request.VariantId is null ? "productId" : "variantId", "This product is not for sale.");
            }

            if (await book.AddAsync(UserId(http), key, cancellationToken) is not { } item)
            {
                return ApiProblems.Field("productId", $"A wishlist holds at most {WishlistBook.MaxItems} items: remove something first.");
            }

            var money = await shopper.GetAsync(cancellationToken);
            var product = (await catalog.FindShownAsync([key], money, cancellationToken)).GetValueOrDefault(key);
            return TypedResults.Created($"/api/v1/account/wishlist/{item.Id}", WishlistItemResponse.From(item, product, money.Currency));
        })
            .Accepts<WishlistItemRequest>("application/json")
            .WithSummary("Save a product ({productId}) or one of its variants ({variantId}); saving it again answers the same item")
            .WithRequestExample(new { variantId = 34 });

        wishlist.MapDelete("/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, HttpContext http, WishlistBook book, CancellationToken cancellationToken) =>
            await book.RemoveAsync(UserId(http), id, cancellationToken) ? TypedResults.NoContent() : ApiProblems.NotFound())
            .WithSummary("Remove one of the caller's wishlist items");
    }

    // The group requires a signed-in caller, whose token always carries the id.
    private static string UserId(HttpContext http) => WishlistVisitor.UserIdOf(http)!;
}
