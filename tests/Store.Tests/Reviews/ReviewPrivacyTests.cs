using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Store.Reviews.Reviews;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Reviews;

/// <summary>
/// Reviews in the data export and the erasure: the customer's reviews and votes are in the JSON, and erasing the
/// account deletes them (not anonymised: a review's text is the customer's own words and may name them), so the
/// product's rating, its list card and the helpful counts of the reviews they voted on follow.
/// </summary>
public sealed class ReviewPrivacyTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    [Fact]
    public async Task An_erased_customers_reviews_and_votes_go_and_the_products_rating_follows_after_they_were_exported()
    {
        var product = (await app.ProductsAsync("Qwenzel Erased Lamp"))[0];
        var (ann, bob) = (await app.BuyerAsync([product.Id]), await app.BuyerAsync([product.Id]));
        var (staff, _) = await app.StaffAsync();
        var annReview = await ann.Api.WrittenAsync(product.Slug, 5, "Ann loves it");
        var bobReview = await bob.Api.WrittenAsync(product.Slug, 4, "Bob likes it");
        await staff.ApproveAsync(annReview, bobReview);
        Assert.Equal(HttpStatusCode.NoContent, (await ann.Api.PostAsync($"/api/v1/reviews/{bobReview}/helpful", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await bob.Api.PostAsync($"/api/v1/reviews/{annReview}/helpful", null)).StatusCode);
        var shopper = app.CreateClient();
        Assert.Equal((2, 4.5m), (await CardAsync(shopper)));

        var export = await (await ann.Api.GetAsync("/api/v1/account/export")).OkJsonAsync();
        var erased = await ann.Api.PostAsJsonAsync("/api/v1/account/erasure", new { password = Store.Tests.Accounts.Accounts.Password });

        var section = export.GetProperty("reviews");
        var exported = Assert.Single(section.GetProperty("reviews").EnumerateArray());
        Assert.Equal(("Ann loves it", 5, product.Id, "Approved"), (exported.GetProperty("title").GetString(), exported.GetProperty("rating").GetInt32(), exported.GetProperty("productId").GetInt32(), exported.GetProperty("status").GetString()));
        var vote = Assert.Single(section.GetProperty("votes").EnumerateArray());
        Assert.Equal((bobReview, "Helpful"), (vote.GetProperty("reviewId").GetInt32(), vote.GetProperty("kind").GetString()));
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);

        // What a shopper sees now: Bob's review alone, its helpful vote from Ann gone, and the list card at 4.0 from 1.
        var shown = await shopper.ShownAsync(product.Slug);
        Assert.Equal((1, 4m), (shown.Count, shown.Average));
        Assert.Equal(["Bob likes it"], shown.Titles);
        Assert.Equal((1, 4m), await CardAsync(shopper));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Review>().CountAsync(r => r.Id == annReview)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ReviewVote>().CountAsync(v => v.ReviewId == annReview || v.ReviewId == bobReview)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Review>().Where(r => r.Id == bobReview).Select(r => r.HelpfulCount).SingleAsync()));
        Assert.DoesNotContain("Ann loves it", await shopper.GetStringAsync($"/products/{product.Slug}"), StringComparison.Ordinal);
    }

    private static async Task<(int Count, decimal Average)> CardAsync(HttpClient shopper)
    {
        var card = (await (await shopper.GetAsync("/api/v1/products?q=qwenzel")).OkJsonAsync()).GetProperty("items")[0];
        return (card.GetProperty("ratingCount").GetInt32(), card.GetProperty("rating").GetDecimal());
    }
}
