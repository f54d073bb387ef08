using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Store.Accounts.Users;
using Store.Catalog.Contracts;
using Store.Core.Api;
using Store.Core.Data;
using Store.Core.Security;
using Store.Reviews.Moderation;

namespace Store.Reviews.Reviews;

/// <summary>Reviews on <c>/api/v1</c>: a product's approved reviews (public), a customer's own (bearer), and the moderation queue (Merchandisers).</summary>
internal static class ReviewApi
{
    public static void MapReviewApi(this IEndpointRouteBuilder endpoints)
    {
        var products = endpoints.MapApiGroup("/api/v1/products");
        products.MapGet("/{slug}/reviews", async Task<IResult> (string slug, string? sort, int? page, StoreDbContext db, ICatalogProducts catalog, IProductRatings ratings, CancellationToken cancellationToken) =>
        {
            if (sort is not (null or "newest" or "helpful"))
            {
                return ApiProblems.Field("sort", "One of newest, helpful.");
            }

            if (page is < 1 or > 10_000)
            {
                return ApiProblems.Field("page", "A page from 1.");
            }

            return await ProductAsync(catalog, slug, cancellationToken) is { } product
                ? TypedResults.Ok(await ratings.ForPageAsync(db, product.Id, new ProductReviewsQuery(sort == "helpful", page ?? 1), cancellationToken))
                : ApiProblems.NotFound();
        })
            .Produces<ProductReviews>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A published product's approved reviews: the average, the count, how many gave each star (5 first) and a page of ten, newest or most helpful first");

        products.MapPost("/{slug}/reviews", async Task<IResult> (string slug, ReviewInput body, HttpContext http, ICatalogProducts catalog, ReviewDesk desk, ReviewQueries queries, CancellationToken cancellationToken) =>
        {
            if (await ProductAsync(catalog, slug, cancellationToken) is not { } product)
            {
                return ApiProblems.NotFound();
            }

            var outcome = await desk.WriteAsync(CurrentUser.IdOf(http.User)!, product.Id, body, cancellationToken);
            return outcome.Review is { } review
                ? TypedResults.Created($"/api/v1/reviews/{review.Id}", (await queries.ViewsAsync([review], cancellationToken))[0])
                : Refusal(outcome);
        })
            .RequireSignedIn()
            .Produces<ReviewView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Review a product the caller bought and received (once per product); it waits for a moderator unless moderation is off")
            .WithRequestExample(new ReviewInput(5, "Warm and soft", "Wore it all winter; still like new."));

        var reviews = endpoints.MapApiGroup("/api/v1/reviews").RequireSignedIn();
        reviews.MapPut("/{id:int}", async Task<IResult> (int id, ReviewInput body, HttpContext http, ReviewDesk desk, ReviewQueries queries, CancellationToken cancellationToken) =>
        {
            var outcome = await desk.EditAsync(CurrentUser.IdOf(http.User)!, id, body, cancellationToken);
            return outcome.Review is { } review ? TypedResults.Ok((await queries.ViewsAsync([review], cancellationToken))[0]) : Refusal(outcome);
        })
            .Produces<ReviewView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Edit the caller's own review (another customer's answers 404); it goes back to the moderation queue")
            .WithRequestExample(new ReviewInput(4, "Warm, a little itchy", "Still wearing it, but it itches at the collar."));

        reviews.MapDelete("/{id:int}", async Task<IResult> (int id, HttpContext http, ReviewDesk desk, CancellationToken cancellationToken) =>
            await desk.DeleteAsync(CurrentUser.IdOf(http.User)!, id, cancellationToken) ? TypedResults.NoContent() : ApiProblems.NotFound())
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Delete the caller's own review (another customer's answers 404)");

        reviews.MapPost("/{id:int}/helpful", async Task<IResult> (int id, HttpContext http, ReviewDesk desk, CancellationToken cancellationToken) =>
            await desk.VoteAsync(CurrentUser.IdOf(http.User)!, id, ReviewVoteKind.Helpful, cancellationToken) ? TypedResults.NoContent() : ApiProblems.NotFound())
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Mark an approved review helpful (counted once per shopper; not one's own)");

        reviews.MapPost("/{id:int}/report", async Task<IResult> (int id, HttpContext http, ReviewDesk desk, CancellationToken cancellationToken) =>
            await desk.VoteAsync(CurrentUser.IdOf(http.User)!, id, ReviewVoteKind.Report, cancellationToken) ? TypedResults.NoContent() : ApiProblems.NotFound())
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Report an approved review: it leaves the product page and goes back to the moderation queue");

        var admin = endpoints.MapApiGroup("/api/v1/admin/reviews").RequirePermission(ReviewsPermissions.ModerateReviews);
        admin.MapGet("/", async Task<IResult> (string? status, ReviewQueries queries, CancellationToken cancellationToken) =>
            Enum.TryParse<ReviewStatus>(status ?? nameof(ReviewStatus.Pending), ignoreCase: true, out var wanted) && !int.TryParse(status, out _)
                ? TypedResults.Ok(await queries.ListAsync(wanted, ModerationDesk.MaxBatch, cancellationToken))
                : ApiProblems.Field("status", "One of Pending, Approved, Rejected."))
            .Produces<IReadOnlyList<ReviewView>>()
            .ProducesValidationProblem()
            .WithSummary("Merchandisers: the moderation queue (pending, reported first, oldest first), or approved or rejected reviews; 200 at most");

        // The moderators' messages follow the request's language, as the admin page's do.
        admin.MapPost("/approve", async Task<IResult> (ModerationBody body, ModerationDesk desk, IStringLocalizer<ModerationDesk> localizer, CancellationToken cancellationToken) =>
            body.Ids is not { Length: > 0 and <= ModerationDesk.MaxBatch } ids
                ? ApiProblems.Field("ids", localizer["Give 1 to {0} review ids.", ModerationDesk.MaxBatch])
                : TypedResults.Ok(new ModerationResult(await desk.ApproveAsync(ids, cancellationToken))))
            .Produces<ModerationResult>()
            .ProducesValidationProblem()
            .WithSummary("Merchandisers: approve pending reviews (one or many); answers how many were pending and are now shown")
            .WithRequestExample(new ModerationBody([12, 13], null));

        admin.MapPost("/reject", async Task<IResult> (ModerationBody body, ModerationDesk desk, IStringLocalizer<ModerationDesk> localizer, CancellationToken cancellationToken) =>
        {
            var reason = body.Reason?.Trim() ?? "";
            if (body.Ids is not { Length: > 0 and <= ModerationDesk.MaxBatch } ids)
            {
                return ApiProblems.Field("ids", localizer["Give 1 to {0} review ids.", ModerationDesk.MaxBatch]);
            }

            return reason.Length is 0 or > Review.MaxReason
                ? ApiProblems.Field("reason", localizer["Give the reason, 1 to {0} characters: its author reads it.", Review.MaxReason])
                : TypedResults.Ok(new ModerationResult(await desk.RejectAsync(ids, reason, cancellationToken)));
        })
            .Produces<ModerationResult>()
            .ProducesValidationProblem()
            .WithSummary("Merchandisers: reject pending reviews (one or many) with a reason their authors see")
            .WithRequestExample(new ModerationBody([14], "Reviews are about the product, not the delivery."));
    }

    private static async Task<PublishedProduct?> ProductAsync(ICatalogProducts catalog, string slug, CancellationToken cancellationToken) =>
        slug.Length > 200 ? null : (await catalog.GetPublishedAsync([slug], [], cancellationToken)).FirstOrDefault(p => p.Slug == slug);

    private static IResult Refusal(ReviewOutcome outcome) => outcome.Refusal switch
    {
        ReviewRefusal.NotFound => ApiProblems.NotFound(),
        ReviewRefusal.NotBuyer => ApiProblems.Problem(StatusCodes.Status403Forbidden, "Only verified buyers review.", "Only a customer whose order of this product was delivered may review it."),
        ReviewRefusal.AlreadyReviewed => ApiProblems.Conflict("You have already reviewed this product: edit your review instead."),
        _ => ApiProblems.Validation(outcome.Errors),
    };
}

/// <summary>Review ids to approve or reject, and the reason of a rejection.</summary>
public sealed record ModerationBody(int[]? Ids, string? Reason);

/// <summary>How many reviews the step moved (those still pending).</summary>
public sealed record ModerationResult(int Moved);
