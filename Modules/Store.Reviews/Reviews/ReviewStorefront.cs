using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Catalog.Contracts;
using Store.Core.Liquid;
using Store.Orders.Contracts;

namespace Store.Reviews.Reviews;

/// <summary>
/// The shopper's review pages: <c>/products/{slug}/review</c> writes or edits the signed-in customer's review (verified
/// buyers only), and the product page's "Helpful" and "Report" buttons post to <c>/reviews/{id}/…</c>.
/// </summary>
internal static class ReviewStorefront
{
    public static void MapReviewStorefront(this IEndpointRouteBuilder endpoints)
    {
        var signedIn = endpoints.MapGroup("").RequireAuthorization();
        signedIn.MapGet("/products/{slug}/review", async Task<IResult> (string slug, HttpContext http, ICatalogProducts catalog, IDeliveredPurchases purchases, ReviewQueries queries, CancellationToken cancellationToken) =>
        {
            if (await ProductAsync(catalog, slug, cancellationToken) is not { } product)
            {
                return Results.NotFound();
            }

            var userId = CurrentUser.IdOf(http.User)!;
            var mine = await queries.MineAsync(userId, product.Id, null, cancellationToken);
            var canReview = mine is not null || await purchases.FindAsync(userId, product.Id, cancellationToken) is not null;
            var notice = http.Request.Query["saved"].Count > 0 ? "saved" : null;
            return Liquid.Page("Reviews/Write", PageOf(product, mine, mine?.Rating, mine?.Title ?? "", mine?.Body ?? "", new Dictionary<string, string>(), notice, canReview));
        });

        // "My reviews": the customer's own reviews only, each with where it stands and the way to edit or delete it.
        signedIn.MapGet("/account/reviews", async (HttpContext http, ReviewQueries queries, CancellationToken cancellationToken) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Liquid.Page("Reviews/Mine", new MyReviewsPage(await queries.AllMineAsync(CurrentUser.IdOf(http.User)!, cancellationToken)));
        });

        signedIn.MapPost("/products/{slug}/review", async Task<IResult> (string slug, HttpContext http, ICatalogProducts catalog, ReviewDesk desk, ReviewQueries queries, CancellationToken cancellationToken) =>
        {
            if (await ProductAsync(catalog, slug, cancellationToken) is not { } product)
            {
                return Results.NotFound();
            }

            var form = await http.Request.ReadFormAsync(cancellationToken);
            var userId = CurrentUser.IdOf(http.User)!;
            var input = new ReviewInput(int.TryParse(form["rating"], out var r) ? r : null, form["title"], form["body"]);
            var mine = await queries.MineAsync(userId, product.Id, null, cancellationToken);
            var outcome = mine is null
                ? await desk.WriteAsync(userId, product.Id, input, cancellationToken)
                : await desk.EditAsync(userId, mine.Id, input, cancellationToken);
            if (outcome.Review is not null)
            {
                return Results.Redirect($"/products/{Uri.EscapeDataString(product.Slug)}/review?saved=1");
            }

            var errors = outcome.Refusal switch
            {
                ReviewRefusal.NotBuyer => new Dictionary<string, string> { [""] = "Only a customer whose order of this product was delivered may review it." },
                ReviewRefusal.AlreadyReviewed => new Dictionary<string, string> { [""] = "You have already reviewed this product." },
                _ => outcome.Errors.ToDictionary(),
            };
            return Liquid.Page("Reviews/Write", PageOf(product, mine, input.Rating, input.Title ?? "", input.Body ?? "", errors, null, outcome.Refusal != ReviewRefusal.NotBuyer), StatusCodes.Status400BadRequest);
        }).RequireAntiforgery();

        signedIn.MapPost("/products/{slug}/review/delete", async Task<IResult> (string slug, HttpContext http, ICatalogProducts catalog, ReviewDesk desk, ReviewQueries queries, CancellationToken cancellationToken) =>
        {
            var userId = CurrentUser.IdOf(http.User)!;
            if (await ProductAsync(catalog, slug, cancellationToken) is not { } product || await queries.MineAsync(userId, product.Id, null, cancellationToken) is not { } mine)
            {
                return Results.NotFound();
            }

            await desk.DeleteAsync(userId, mine.Id, cancellationToken);
            return Results.Redirect($"/products/{Uri.EscapeDataString(product.Slug)}");
        }).RequireAntiforgery();

        foreach (var (path, kind) in new[] { ("helpful", ReviewVoteKind.Helpful), ("report", ReviewVoteKind.Report) })
        {
            // The product page is cached HTML with no per-visitor token: its buttons post once catalog.js has fetched
            // one, and without JavaScript they land here, an uncached page whose form carries its own.
            signedIn.MapGet("/reviews/{id:int}/" + path, async Task<IResult> (int id, HttpContext http, ReviewQueries queries, CancellationToken cancellationToken) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                return await queries.VotableAsync(CurrentUser.IdOf(http.User)!, id, cancellationToken) is { } review
                    ? Liquid.Page("Reviews/Vote", new ReviewVotePage(review, path))
                    : Results.NotFound();
            });

            signedIn.MapPost("/reviews/{id:int}/" + path, async Task<IResult> (int id, HttpContext http, ReviewDesk desk, ReviewQueries queries, CancellationToken cancellationToken) =>
            {
                var product = await queries.ProductSlugOfAsync(id, cancellationToken);
                return product is not null && await desk.VoteAsync(CurrentUser.IdOf(http.User)!, id, kind, cancellationToken)
                    ? Results.Redirect($"/products/{Uri.EscapeDataString(product)}?{path}=1#reviews")
                    : Results.NotFound();
            }).RequireAntiforgery();
        }
    }

    private static async Task<PublishedProduct?> ProductAsync(ICatalogProducts catalog, string slug, CancellationToken cancellationToken) =>
        slug.Length > 200 ? null : (await catalog.GetPublishedAsync([slug], [], cancellationToken)).FirstOrDefault(p => p.Slug == slug);

    private static ReviewPage PageOf(PublishedProduct product, ReviewView? mine, int? rating, string title, string body, IReadOnlyDictionary<string, string> errors, string? notice, bool canReview)
    {
        var url = "/products/" + Uri.EscapeDataString(product.Slug);
        return new ReviewPage(product.Name, url, url + "/review", rating, title, body, mine, errors, notice, canReview);
    }
}
