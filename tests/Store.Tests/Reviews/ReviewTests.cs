using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Store.Core.Security;
using Store.Reviews.Reviews;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Reviews;

/// <summary>Reviews through the API: verified buyers only, once each; moderation, reports and votes; one's own review only.</summary>
public sealed class ReviewTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    [Fact]
    public async Task Only_a_customer_whose_order_was_delivered_reviews_and_only_once()
    {
        var product = (await app.ProductsAsync("Verified Mug"))[0];
        var buyer = await app.BuyerAsync([product.Id]);
        var undelivered = await app.BuyerAsync([product.Id], deliver: false);
        var (_, stranger) = await app.ApiShopperAsync();

        var notYet = await undelivered.Api.ReviewAsync(product.Slug);
        var never = await stranger.ReviewAsync(product.Slug);
        var anonymous = await app.CreateClient().ReviewAsync(product.Slug);
        var badStars = await buyer.Api.ReviewAsync(product.Slug, rating: 6);
        var noTitle = await buyer.Api.ReviewAsync(product.Slug, title: " ");
        var tooLong = await buyer.Api.ReviewAsync(product.Slug, body: new string('x', Review.MaxBody + 1));
        var unknown = await buyer.Api.ReviewAsync("no-such-product");

        Assert.Equal(HttpStatusCode.Forbidden, notYet.StatusCode);
        Assert.Contains("whose order of this product was delivered", await notYet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, never.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("1 to 5 stars", await badStars.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("title", await noTitle.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound], new[] { badStars.StatusCode, noTitle.StatusCode, tooLong.StatusCode, unknown.StatusCode });
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Review>().CountAsync(r => r.ProductId == product.Id)));

        var written = await (await buyer.Api.ReviewAsync(product.Slug, 4, "Holds a lot", "Visit http://spam.example <b>now</b>")).OkJsonAsync(HttpStatusCode.Created);
        var again = await buyer.Api.ReviewAsync(product.Slug, 1, "Second thoughts");

        Assert.Equal("Pending", written.GetProperty("status").GetString());
        Assert.Equal("Ada B.", written.GetProperty("author").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(0, (await app.CreateClient().ShownAsync(product.Slug)).Count);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Review>().CountAsync(r => r.ProductId == product.Id)));
    }

    [Fact]
    public async Task Two_submits_at_once_make_one_review()
    {
        var product = (await app.ProductsAsync("Race Teapot"))[0];
        var buyer = await app.BuyerAsync([product.Id]);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => buyer.Api.ReviewAsync(product.Slug, 5, "Race " + i)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Review>().CountAsync(r => r.ProductId == product.Id)));
    }

    [Fact]
    public async Task A_merchandiser_approves_or_rejects_from_the_queue_and_a_report_sends_a_review_back()
    {
        var product = (await app.ProductsAsync("Moderated Lamp"))[0];
        var (first, second, third) = (await app.BuyerAsync([product.Id]), await app.BuyerAsync([product.Id]), await app.BuyerAsync([product.Id]));
        var good = await first.Api.WrittenAsync(product.Slug, 5, "Bright and warm");
        var fine = await second.Api.WrittenAsync(product.Slug, 3, "Fine lamp");
        var rude = await third.Api.WrittenAsync(product.Slug, 1, "Rude words");
        var (staff, _) = await app.StaffAsync();

        var queue = await (await staff.GetAsync("/api/v1/admin/reviews")).OkJsonAsync();
        var shopperQueue = await first.Api.GetAsync("/api/v1/admin/reviews");
        var noReason = await staff.PostAsJsonAsync("/api/v1/admin/reviews/reject", new { ids = new[] { rude } });
        var noIds = await staff.PostAsJsonAsync("/api/v1/admin/reviews/approve", new { ids = Array.Empty<int>() });
        var approved = await staff.ApproveAsync(good, fine);
        var twice = await staff.ApproveAsync(good);
        var rejected = await (await staff.PostAsJsonAsync("/api/v1/admin/reviews/reject", new { ids = new[] { rude }, reason = "Please keep it civil." })).OkJsonAsync();

        Assert.Superset(new[] { good, fine, rude }.ToHashSet(), queue.EnumerateArray().Select(r => r.GetProperty("id").GetInt32()).ToHashSet());
        Assert.Equal(HttpStatusCode.Forbidden, shopperQueue.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noIds.StatusCode);
        Assert.Equal(2, approved.GetProperty("moved").GetInt32());
        Assert.Equal(0, twice.GetProperty("moved").GetInt32());
        Assert.Equal(1, rejected.GetProperty("moved").GetInt32());
        Assert.Equal("Please keep it civil.", await app.WithDbAsync(db => db.Set<Review>().Where(r => r.Id == rude).Select(r => r.RejectionReason).SingleAsync()));
        var shown = await app.CreateClient().ShownAsync(product.Slug);
        Assert.Equal((2, 4m), (shown.Count, shown.Average));
        Assert.DoesNotContain("Rude words", shown.Titles);

        // Helpful votes: once per shopper, never one's own; the most helpful order follows them.
        Assert.Equal(HttpStatusCode.NoContent, (await third.Api.PostAsync($"/api/v1/reviews/{fine}/helpful", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await third.Api.PostAsync($"/api/v1/reviews/{fine}/helpful", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await second.Api.PostAsync($"/api/v1/reviews/{fine}/helpful", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await third.Api.PostAsync($"/api/v1/reviews/{rude}/helpful", null)).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Review>().Where(r => r.Id == fine).Select(r => r.HelpfulCount).SingleAsync()));
        Assert.Equal(["Fine lamp", "Bright and warm"], (await app.CreateClient().ShownAsync(product.Slug, "helpful")).Titles);

        // A report takes the review off the page and puts it first in the queue.
        Assert.Equal(HttpStatusCode.NoContent, (await third.Api.PostAsync($"/api/v1/reviews/{good}/report", null)).StatusCode);
        var afterReport = await app.CreateClient().ShownAsync(product.Slug);
        var requeued = (await (await staff.GetAsync("/api/v1/admin/reviews")).OkJsonAsync()).EnumerateArray().First();

        Assert.Equal((1, 3m), (afterReport.Count, afterReport.Average));
        Assert.Equal(good, requeued.GetProperty("id").GetInt32());
        Assert.Equal(1, requeued.GetProperty("reports").GetInt32());
        Assert.Equal(1, (await staff.ApproveAsync(good)).GetProperty("moved").GetInt32());
        Assert.Equal(2, (await app.CreateClient().ShownAsync(product.Slug)).Count);
    }

    [Fact]
    public async Task A_customer_edits_and_deletes_their_own_review_and_another_customers_answers_404()
    {
        var product = (await app.ProductsAsync("Owned Scarf"))[0];
        var (owner, other) = (await app.BuyerAsync([product.Id]), await app.BuyerAsync([product.Id]));
        var id = await owner.Api.WrittenAsync(product.Slug, 5, "Soft");
        var (staff, _) = await app.StaffAsync();
        await staff.ApproveAsync(id);

        var edit = new { rating = 1, title = "Mine now", body = "Changed by someone else." };
        var foreignPut = await other.Api.PutAsJsonAsync($"/api/v1/reviews/{id}", edit);
        var foreignDelete = await other.Api.DeleteAsync($"/api/v1/reviews/{id}");
        var badEdit = await owner.Api.PutAsJsonAsync($"/api/v1/reviews/{id}", new { rating = 0, title = "x", body = "y" });

        Assert.Equal(HttpStatusCode.NotFound, foreignPut.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignDelete.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badEdit.StatusCode);
        Assert.Equal(["Soft"], (await app.CreateClient().ShownAsync(product.Slug)).Titles);

        var edited = await (await owner.Api.PutAsJsonAsync($"/api/v1/reviews/{id}", new { rating = 4, title = "Soft, pills a bit", body = "After a month." })).OkJsonAsync();
        Assert.Equal("Pending", edited.GetProperty("status").GetString());
        Assert.Equal(0, (await app.CreateClient().ShownAsync(product.Slug)).Count);
        await staff.ApproveAsync(id);
        Assert.Equal(["Soft, pills a bit"], (await app.CreateClient().ShownAsync(product.Slug)).Titles);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.Api.DeleteAsync($"/api/v1/reviews/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.Api.DeleteAsync($"/api/v1/reviews/{id}")).StatusCode);
        Assert.Equal(0, (await app.CreateClient().ShownAsync(product.Slug)).Count);
    }

    [Fact]
    public async Task A_buyer_writes_through_the_form_a_merchandiser_approves_on_the_queue_page_and_the_product_page_shows_it_with_json_ld()
    {
        var product = (await app.ProductsAsync("Form Blanket"))[0];
        var buyer = await app.BuyerAsync([product.Id]);
        var browser = await app.SignedInCustomerAsync(buyer.Email);
        var form = await browser.GetStringAsync($"/products/{product.Slug}/review");
        var fields = new Dictionary<string, string> { ["rating"] = "4", ["title"] = "Warm <script>alert(1)</script>", ["body"] = "See https://spam.example for more." };

        var empty = await browser.PostFormAsync($"/products/{product.Slug}/review", new Dictionary<string, string> { ["rating"] = "9" }, FormPost.TokenOf(form));
        var saved = await browser.PostFormAsync($"/products/{product.Slug}/review", fields, FormPost.TokenOf(form));

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Choose from 1 to 5 stars.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("waits for a moderator", await browser.GetStringAsync(saved.Headers.Location!.OriginalString), StringComparison.Ordinal);

        var (_, admin) = await app.StaffAsync();
        var queue = await admin.GetStringAsync("/admin/reviews");
        var id = await app.WithDbAsync(db => db.Set<Review>().Where(r => r.ProductId == product.Id).Select(r => r.Id).SingleAsync());
        Assert.Contains("Warm &lt;script&gt;", queue, StringComparison.Ordinal);
        var noReason = await admin.PostFormAsync("/admin/reviews?handler=Reject", new Dictionary<string, string> { ["Ids"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, FormPost.TokenOf(queue));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var approved = await admin.PostFormAsync("/admin/reviews?handler=Approve", new Dictionary<string, string> { ["Ids"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, FormPost.TokenOf(queue));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var page = await app.CreateClient().GetStringAsync($"/products/{product.Slug}");
        Assert.Contains("Warm &lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"https://spam.example", page, StringComparison.Ordinal);
        Assert.Contains("★★★★☆", page, StringComparison.Ordinal);
        var jsonLd = Regex.Match(page, "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        using var data = System.Text.Json.JsonDocument.Parse(jsonLd);
        var aggregate = data.RootElement.GetProperty("aggregateRating");
        Assert.Equal("AggregateRating", aggregate.GetProperty("@type").GetString());
        Assert.Equal("4", aggregate.GetProperty("ratingValue").GetString());
        Assert.Equal(1, aggregate.GetProperty("reviewCount").GetInt32());
        var review = Assert.Single(data.RootElement.GetProperty("review").EnumerateArray());
        Assert.Equal("Ada B.", review.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(4, review.GetProperty("reviewRating").GetProperty("ratingValue").GetInt32());
        Assert.DoesNotContain("<script>", jsonLd, StringComparison.Ordinal);

        // A product without approved reviews says so, and its JSON-LD has no rating.
        var bare = (await app.ProductsAsync("Form Unreviewed"))[0];
        var barePage = await app.CreateClient().GetStringAsync($"/products/{bare.Slug}");
        Assert.Contains("No reviews yet.", barePage, StringComparison.Ordinal);
        Assert.DoesNotContain("aggregateRating", barePage, StringComparison.Ordinal);
    }
}
