using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Store.Core.Api;
using Store.Core.Data;
using Store.Core.Security;
using Store.Promotions.Coupons;
using Store.Promotions.Sales;

namespace Store.Promotions.Api;

/// <summary><c>/api/v1/admin/coupons</c> and <c>/api/v1/admin/promotions</c>, for staff and API clients holding <c>Promotions.ManagePromotions</c>.</summary>
internal static class PromotionApiEndpoints
{
    private static readonly DateTime ExampleStart = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    public static void MapPromotionApi(this IEndpointRouteBuilder endpoints)
    {
        var coupons = endpoints.MapApiGroup("/api/v1/admin/coupons").RequirePermission(PromotionsPermissions.ManagePromotions);
        coupons.MapGet("/", async (CouponQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ListAsync(null, ct)))
            .WithSummary("Merchandiser: every coupon with its rules and how many orders hold a use");
        coupons.MapGet("/{id:int}", async Task<Results<Ok<CouponResponse>, ProblemHttpResult>> (int id, CouponQueries queries, CancellationToken ct) =>
            (await queries.ListAsync(id, ct)) is [var coupon] ? TypedResults.Ok(coupon) : ApiProblems.NotFound())
            .WithSummary("Merchandiser: one coupon");
        coupons.MapGet("/{id:int}/usage", async Task<Results<Ok<CouponUsage>, ProblemHttpResult>> (int id, CouponQueries queries, CancellationToken ct) =>
            await queries.UsageAsync(id, ct) is { } usage ? TypedResults.Ok(usage) : ApiProblems.NotFound())
            .WithSummary("Merchandiser: a coupon's usage report (orders, discount given, uses given back)");
        coupons.MapPost("/", async Task<Results<Created<CouponResponse>, ValidationProblem>> (CouponInput input, CouponEditor editor, CouponQueries queries, CancellationToken ct) =>
        {
            var saved = await editor.SaveAsync(null, input, ct);
            return saved.IsSaved
                ? TypedResults.Created($"/api/v1/admin/coupons/{saved.Value!.Id}", (await queries.ListAsync(saved.Value.Id, ct))[0])
                : ApiProblems.Validation(saved.Errors);
        })
            .WithSummary("Merchandiser: create a coupon (percentage, fixed_amount or free_shipping)")
            .WithRequestExample(new CouponInput("SPRING-10", "10 % off lamps", "percentage", Percent: 10m, MinimumSubtotal: 5000, StartsUtc: ExampleStart,
                EndsUtc: ExampleStart.AddDays(30), UsageLimit: 100, PerCustomerLimit: 1, Categories: ["lamps"]));
        coupons.MapPut("/{id:int}", async Task<Results<Ok<CouponResponse>, ValidationProblem, ProblemHttpResult>> (int id, CouponInput input, CouponEditor editor, CouponQueries queries, CancellationToken ct) =>
            await AnswerAsync(await editor.SaveAsync(id, input, ct), () => queries.ListAsync(id, ct)))
            .WithSummary("Merchandiser: change a coupon, or deactivate it (active: false)")
            .WithRequestExample(new CouponInput("WELCOME", "5.00 off your first order", "fixed_amount", Amount: 500, PerCustomerLimit: 1, Active: false));

        var promotions = endpoints.MapApiGroup("/api/v1/admin/promotions").RequirePermission(PromotionsPermissions.ManagePromotions);
        promotions.MapGet("/", async (PromotionQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ListAsync(null, ct)))
            .WithSummary("Merchandiser: every automatic promotion");
        promotions.MapPost("/", async Task<Results<Created<PromotionResponse>, ValidationProblem>> (PromotionInput input, PromotionEditor editor, PromotionQueries queries, CancellationToken ct) =>
        {
            var saved = await editor.SaveAsync(null, input, ct);
            return saved.IsSaved
                ? TypedResults.Created($"/api/v1/admin/promotions/{saved.Value!.Id}", (await queries.ListAsync(saved.Value.Id, ct))[0])
                : ApiProblems.Validation(saved.Errors);
        })
            .WithSummary("Merchandiser: start a percentage off some categories or products for a period")
            .WithRequestExample(new PromotionInput("20 % off lamps this week", 20m, ExampleStart, ExampleStart.AddDays(7), Categories: ["lamps"]));
        promotions.MapPut("/{id:int}", async Task<Results<Ok<PromotionResponse>, ValidationProblem, ProblemHttpResult>> (int id, PromotionInput input, PromotionEditor editor, PromotionQueries queries, CancellationToken ct) =>
            await AnswerAsync(await editor.SaveAsync(id, input, ct), () => queries.ListAsync(id, ct)))
            .WithSummary("Merchandiser: change a promotion, or stop it (active: false)")
            .WithRequestExample(new PromotionInput("25 % off lamps this week", 25m, ExampleStart, ExampleStart.AddDays(7), Categories: ["lamps"], Products: ["desk-lamp"]));
    }

    private static async Task<Results<Ok<TResponse>, ValidationProblem, ProblemHttpResult>> AnswerAsync<T, TResponse>(EditResult<T> saved, Func<Task<List<TResponse>>> read)
        where T : class =>
        saved switch
        {
            { NotFound: true } => ApiProblems.NotFound(),
            { IsSaved: false } => ApiProblems.Validation(saved.Errors),
            _ => TypedResults.Ok((await read())[0]),
        };
}
