using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Store.Core.Api;
using Store.Core.Security;

namespace Store.Catalog.PriceLists;

/// <summary><c>/api/v1/products/{id}/price-lists</c>: a product's prices fixed per variant and selling currency (bearer + <c>Catalog.ManageProducts</c>).</summary>
internal static class PriceListEndpoints
{
    private static readonly object ProductExample = new
    {
        variants = new[] { new { variantId = 12, prices = new[] { new { currency = "EUR", price = 1650, compareAtPrice = (long?)1990 }, new { currency = "JPY", price = 2800, compareAtPrice = (long?)null } } } },
    };

    private static readonly object VariantExample = new { prices = new[] { new { currency = "EUR", price = 1650, compareAtPrice = (long?)null } } };

    public static void MapPriceListEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/products/{id:int}").RequirePermission(CatalogPermissions.ManageProducts);
        group.MapGet("/price-lists", async Task<Results<Ok<IReadOnlyList<VariantPricesResponse>>, ProblemHttpResult>> (int id, PriceListEditor editor, CancellationToken ct) =>
            await editor.ReadAsync(id, ct) is { } lists ? TypedResults.Ok(lists) : ApiProblems.NotFound())
            .WithSummary("Staff: each variant's base price and the prices fixed in selling currencies (minor units of each currency)");
        group.MapPut("/price-lists", async Task<Results<Ok<IReadOnlyList<VariantPricesResponse>>, ValidationProblem, ProblemHttpResult>> (int id, ProductPricesRequest request, PriceListEditor editor, CancellationToken ct) =>
            Answer(await editor.SaveAsync(id, request.Variants ?? [], ct)))
            .WithSummary("Staff: replace the price lists of the variants sent (a currency left out is converted from the base price again)")
            .WithRequestExample(ProductExample);
        group.MapGet("/variants/{variantId:int}/price-list", async Task<Results<Ok<VariantPricesResponse>, ProblemHttpResult>> (int id, int variantId, PriceListEditor editor, CancellationToken ct) =>
            (await editor.ReadAsync(id, ct))?.FirstOrDefault(v => v.VariantId == variantId) is { } list ? TypedResults.Ok(list) : ApiProblems.NotFound())
            .WithSummary("Staff: one variant's base price and its prices fixed in selling currencies");
        group.MapPut("/variants/{variantId:int}/price-list", async Task<Results<Ok<VariantPricesResponse>, ValidationProblem, ProblemHttpResult>> (int id, int variantId, VariantPricesRequest request, PriceListEditor editor, CancellationToken ct) =>
        {
            var saved = await editor.SaveAsync(id, [new VariantPricesInput(variantId, request.Prices)], ct);
            return saved switch
            {
                { NotFound: true } => ApiProblems.NotFound(),
                { IsSaved: false } when saved.Errors.ContainsKey("variants[0].variantId") => ApiProblems.NotFound(),
                { IsSaved: false } => ApiProblems.Validation(saved.Errors.ToDictionary(e => e.Key.Replace("variants[0].", "", StringComparison.Ordinal), e => e.Value)),
                _ => TypedResults.Ok(saved.Value!.First(v => v.VariantId == variantId)),
            };
        })
            .WithSummary("Staff: replace one variant's prices fixed in selling currencies (an empty list: converted from the base price again)")
            .WithRequestExample(VariantExample);
    }

    private static Results<Ok<IReadOnlyList<VariantPricesResponse>>, ValidationProblem, ProblemHttpResult> Answer(Core.Data.EditResult<IReadOnlyList<VariantPricesResponse>> saved) => saved switch
    {
        { NotFound: true } => ApiProblems.NotFound(),
        { IsSaved: false } => ApiProblems.Validation(saved.Errors),
        _ => TypedResults.Ok(saved.Value!),
    };
}

/// <summary>The body of <c>PUT /api/v1/products/{id}/price-lists</c>.</summary>
internal sealed record ProductPricesRequest(IReadOnlyList<VariantPricesInput>? Variants);

/// <summary>The body of <c>PUT /api/v1/products/{id}/variants/{variantId}/price-list</c>.</summary>
internal sealed record VariantPricesRequest(IReadOnlyList<PriceInput>? Prices);
