using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Contracts;
using Store.Core.Data;

namespace Store.Catalog.Storefront;

/// <summary>The product page's reviews (<c>?reviews=helpful</c> orders by helpful votes, <c>?reviews_page=N</c> pages) and their JSON-LD.</summary>
internal static class ReviewsSection
{
    public static async Task<ProductPage> ApplyAsync(HttpContext http, StoreDbContext db, ProductPage page)
    {
        var query = http.Request.Query;
        var helpful = string.Equals(query["reviews"].FirstOrDefault(), "helpful", StringComparison.Ordinal);
        var number = int.TryParse(query["reviews_page"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10_000 ? n : 1;
        var reviews = await http.RequestServices.GetRequiredService<IProductRatings>()
            .ForPageAsync(db, page.Id, new ProductReviewsQuery(helpful, number), http.RequestAborted);
        return reviews is null
            ? page
            : page with { Reviews = ReviewsView.From(reviews, page.Slug), JsonLd = ReviewJsonLd.Add(page.JsonLd, reviews) };
    }
}
