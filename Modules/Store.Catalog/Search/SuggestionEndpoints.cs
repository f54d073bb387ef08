using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Store.Core.Api;

namespace Store.Catalog.Search;

/// <summary><c>/api/v1/search/suggestions</c>: what the header's search box offers as the shopper types.</summary>
internal static class SuggestionEndpoints
{
    public const int MaxProducts = 6;
    public const int MaxCategories = 4;

    public static void MapSuggestionEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/v1/search").MapGet("/suggestions", SuggestAsync)
            .WithSummary("Product and category names holding the typed words (q, 1-200 characters), best first; published products only");

    private static async Task<Results<Ok<SearchSuggestions>, ValidationProblem>> SuggestAsync(string? q, ProductSearch search, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > ProductQueryParser.MaxTextLength)
        {
            return ApiProblems.Field("q", $"q must be 1 to {ProductQueryParser.MaxTextLength} characters.");
        }

        return TypedResults.Ok(await search.SuggestAsync(q, MaxProducts, MaxCategories, cancellationToken));
    }
}
