using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Store.Reviews.Reviews;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Reviews;

/// <summary>"My reviews" in the account, and the Helpful and Report buttons with JavaScript off (a confirmation page with its own token).</summary>
public sealed class MyReviewsTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    [Fact]
    public async Task My_reviews_lists_ones_own_reviews_with_where_they_stand_and_never_another_customers()
    {
        var products = await app.ProductsAsync("Mine Kettle", "Mine Toaster");
        var (kettle, toaster) = (products[0], products[1]);
        var ann = await app.BuyerAsync([kettle.Id, toaster.Id]);
        var bob = await app.BuyerAsync([kettle.Id]);
        var (staff, _) = await app.StaffAsync();
        var shown = await ann.Api.WrittenAsync(kettle.Slug, 5, "Ann kettle");
        var rejected = await ann.Api.WrittenAsync(toaster.Slug, 1, "Ann toaster");
        var waiting = await bob.Api.WrittenAsync(kettle.Slug, 3, "Bob kettle");
        await staff.ApproveAsync(shown);
        await (await staff.PostAsJsonAsync("/api/v1/admin/reviews/reject", new { ids = new[] { rejected }, reason = "Please describe the toaster." })).OkJsonAsync();
        var (annBrowser, bobBrowser) = (await app.SignedInCustomerAsync(ann.Email), await app.SignedInCustomerAsync(bob.Email));

        var account = await annBrowser.GetStringAsync("/account");
        var annPage = await annBrowser.GetStringAsync("/account/reviews");
        var bobPage = await bobBrowser.GetStringAsync("/account/reviews");
        var anonymous = await app.Browser().GetAsync("/account/reviews");

        Assert.Contains("<a href=\"/account/reviews\">My reviews</a>", account, StringComparison.Ordinal);
        Assert.Contains("Ann kettle", annPage, StringComparison.Ordinal);
        Assert.Contains("Shown on the product page.", annPage, StringComparison.Ordinal);
        Assert.Contains("Ann toaster", annPage, StringComparison.Ordinal);
        Assert.Contains("Not accepted: Please describe the toaster.", annPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/products/{toaster.Slug}/review\"", annPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob kettle", annPage, StringComparison.Ordinal);
        Assert.Contains("Bob kettle", bobPage, StringComparison.Ordinal);
        Assert.Contains("Waiting for a moderator.", bobPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Ann ", bobPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("ReturnUrl=%2Faccount%2Freviews", anonymous.Headers.Location?.OriginalString, StringComparison.Ordinal);

        // Another customer's review cannot be changed or deleted, by the form or the API: 404, and it stays.
        var form = await bobBrowser.GetStringAsync($"/products/{kettle.Slug}/review");
        Assert.Equal(HttpStatusCode.NotFound, (await bobBrowser.PostFormAsync($"/products/{toaster.Slug}/review/delete", new Dictionary<string, string>(), FormPost.TokenOf(form))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Api.DeleteAsync($"/api/v1/reviews/{rejected}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Api.PutAsJsonAsync($"/api/v1/reviews/{shown}", new { rating = 1, title = "Hijacked", body = "No." })).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<Review>().CountAsync(r => r.Id == shown || r.Id == rejected)));
        Assert.Contains("Ann kettle", await annBrowser.GetStringAsync("/account/reviews"), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Review>().CountAsync(r => r.Id == waiting)));
    }

    [Fact]
    public async Task Without_javascript_helpful_and_report_open_a_confirmation_page_whose_form_carries_its_own_token()
    {
        var product = (await app.ProductsAsync("Nojs Lamp"))[0];
        var (author, voter) = (await app.BuyerAsync([product.Id]), await app.BuyerAsync([product.Id]));
        var (staff, _) = await app.StaffAsync();
        var id = await author.Api.WrittenAsync(product.Slug, 4, "Warm light");
        await staff.ApproveAsync(id);
        var (voterBrowser, authorBrowser) = (await app.SignedInCustomerAsync(voter.Email), await app.SignedInCustomerAsync(author.Email));

        // The cached product page's buttons are "get" forms: with script off, the click opens the confirmation page.
        var productPage = await app.Browser().GetStringAsync($"/products/{product.Slug}");
        Assert.Contains($"<form method=\"get\" action=\"/reviews/{id}/helpful\" data-antiforgery data-post>", productPage, StringComparison.Ordinal);
        var confirm = await voterBrowser.GetAsync($"/reviews/{id}/helpful");
        var html = await confirm.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.True(confirm.Headers.CacheControl?.NoStore);
        Assert.Contains("Was this review helpful?", html, StringComparison.Ordinal);
        Assert.Contains("Warm light", html, StringComparison.Ordinal);

        var withoutToken = await voterBrowser.PostAsync($"/reviews/{id}/helpful", new FormUrlEncodedContent(new Dictionary<string, string>()));
        var voted = await voterBrowser.PostFormAsync($"/reviews/{id}/helpful", new Dictionary<string, string>(), FormPost.TokenOf(html));

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, voted.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Review>().Where(r => r.Id == id).Select(r => r.HelpfulCount).SingleAsync()));

        // Report the same way; one's own review, an unknown one and a signed-out visitor get no page.
        var report = await voterBrowser.GetStringAsync($"/reviews/{id}/report");
        Assert.Contains("Report this review?", report, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await voterBrowser.PostFormAsync($"/reviews/{id}/report", new Dictionary<string, string>(), FormPost.TokenOf(report))).StatusCode);
        Assert.Equal(ReviewStatus.Pending, await app.WithDbAsync(db => db.Set<Review>().Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        await staff.ApproveAsync(id);
        Assert.Equal(HttpStatusCode.NotFound, (await authorBrowser.GetAsync($"/reviews/{id}/helpful")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await voterBrowser.GetAsync("/reviews/999999/helpful")).StatusCode);
        var signedOut = await app.Browser().GetAsync($"/reviews/{id}/helpful");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains($"ReturnUrl=%2Freviews%2F{id}%2Fhelpful", signedOut.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
