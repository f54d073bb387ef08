using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Store.EndToEnd.Catalog;
using Store.EndToEnd.Infrastructure;
using Store.EndToEnd.Orders;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Reviews;

/// <summary>
/// A customer finds their reviews under "My reviews" in the account; another shopper with JavaScript off marks one
/// helpful through the confirmation page (the cached product page has no token of its own); desktop and phone, axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MyReviewsJourneyTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task A_customer_finds_their_review_under_my_reviews_and_a_shopper_without_script_marks_it_helpful(string viewport)
    {
        var (customer, number) = await PaidOrders.PlaceAsync(shop, "mine-" + viewport, ("red-mug", 1));
        await PaidOrders.DeliverAsync(shop, number);
        var title = "Sturdy handle " + viewport;
        using (var api = await PaidOrders.BearerAsync(shop, customer, Store.Tests.Accounts.Accounts.Password))
        using (var admin = await PaidOrders.BearerAsync(shop, StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword))
        {
            var written = await api.PostAsJsonAsync("/api/v1/products/red-mug/reviews", new { rating = 5, title, body = "Holds well." });
            var id = JsonDocument.Parse(await written.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
            (await admin.PostAsJsonAsync("/api/v1/admin/reviews/approve", new { ids = new[] { id } })).EnsureSuccessStatusCode();
        }

        var size = viewport == "phone" ? Browser.Phone : Browser.Desktop;
        var page = await browser.NewPageAsync(shop.BaseUrl, size);
        await page.SignInAsync("/account/login", customer, Store.Tests.Accounts.Accounts.Password);
        await page.GotoAsync("/account");
        await page.GetByRole(AriaRole.Link, new() { Name = "My reviews" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My reviews", Level = 1 })).ToBeVisibleAsync();
        var mine = page.Locator(".review", new() { HasText = title });
        await Assertions.Expect(mine).ToContainTextAsync("Shown on the product page.");
        Assert.Empty(await page.SeriousViolationsAsync($"{viewport} my reviews"));
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("my-reviews-" + viewport);
        await mine.GetByRole(AriaRole.Link, new() { Name = "Edit or delete this review" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Review Red Mug");

        // Another shopper, script off: "Helpful" opens a confirmation page whose form carries a token.
        var voter = Store.Tests.Accounts.Accounts.NewEmail("voter-" + viewport);
        await shop.CreateCustomerAsync(voter);
        var plain = await browser.NewPageAsync(shop.BaseUrl, size, javaScript: false);
        await plain.SignInAsync("/account/login", voter, Store.Tests.Accounts.Accounts.Password);
        var review = plain.Locator(".review", new() { HasText = title });
        await Eventually.ValueAsync(async () =>
        {
            await plain.GotoAsync("/products/red-mug");
            return await review.CountAsync() > 0 ? (object)true : null;
        }, "The approved review never showed on the product page.", TimeSpan.FromSeconds(15));
        await review.GetByRole(AriaRole.Button, new() { Name = "Helpful" }).ClickAsync();
        await Assertions.Expect(plain.GetByRole(AriaRole.Heading, new() { Name = "Was this review helpful?", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(plain.GetByText(title)).ToBeVisibleAsync();
        Assert.Empty(await plain.SeriousViolationsAsync($"{viewport} helpful confirmation"));
        await plain.AssertNoHorizontalScrollAsync();
        await plain.ScreenshotAsync("review-helpful-confirm-" + viewport);
        await plain.GetByRole(AriaRole.Button, new() { Name = "Yes, it was helpful" }).ClickAsync();

        Assert.Contains("/products/red-mug", plain.Url, StringComparison.Ordinal);
        using var anonymous = new HttpClient { BaseAddress = new Uri(shop.BaseUrl) };
        var shown = JsonDocument.Parse(await anonymous.GetStringAsync("/api/v1/products/red-mug/reviews")).RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("title").GetString() == title);
        Assert.Equal(1, shown.GetProperty("helpful").GetInt32());

        // With script on, the buttons post at once (catalog.js adds the token and turns the form into a post).
        var reporter = Store.Tests.Accounts.Accounts.NewEmail("reporter-" + viewport);
        await shop.CreateCustomerAsync(reporter);
        var scripted = await browser.NewPageAsync(shop.BaseUrl, size);
        await scripted.SignInAsync("/account/login", reporter, Store.Tests.Accounts.Accounts.Password);
        await scripted.GotoAsync("/products/red-mug");
        var report = scripted.Locator(".review", new() { HasText = title }).Locator("form[action$='/report']");
        await Assertions.Expect(report).ToHaveAttributeAsync("method", "post");
        await report.GetByRole(AriaRole.Button, new() { Name = "Report" }).ClickAsync();
        await Assertions.Expect(scripted).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/products/red-mug\\?report=1"));
    }
}
