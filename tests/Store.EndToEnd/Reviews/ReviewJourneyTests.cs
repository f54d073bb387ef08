using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Store.Accounts.Users;
using Store.Core.Security;
using Store.EndToEnd.Catalog;
using Store.EndToEnd.Infrastructure;
using Store.EndToEnd.Orders;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Reviews;

/// <summary>
/// A customer whose mug was delivered writes a review; a merchandiser approves it from the moderation queue; the
/// shopper then finds it on the product page with its stars, and the list shows the rating; desktop and phone, axe on each page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewJourneyTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    private const string StaffPassword = "Merch-pass-123";

    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task A_buyer_reviews_after_delivery_a_merchandiser_approves_and_the_shopper_sees_it_with_stars(string viewport)
    {
        var (customer, number) = await PaidOrders.PlaceAsync(shop, "review-" + viewport, ("red-mug", 1));
        await PaidOrders.DeliverAsync(shop, number);
        var size = viewport == "phone" ? Browser.Phone : Browser.Desktop;
        var title = "Keeps tea hot " + viewport;

        var shopper = await browser.NewPageAsync(shop.BaseUrl, size);
        await shopper.SignInAsync("/account/login", customer, Store.Tests.Accounts.Accounts.Password);
        await shopper.GotoAsync("/products/red-mug/review");
        await Assertions.Expect(shopper.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Review Red Mug");
        Assert.Empty(await shopper.SeriousViolationsAsync($"{viewport} review form"));
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Send my review" }).ClickAsync();
        await Assertions.Expect(shopper.Locator("#rating-error")).ToHaveTextAsync("Choose from 1 to 5 stars.");
        await shopper.GetByLabel("4 stars", new() { Exact = true }).CheckAsync();
        await shopper.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await shopper.GetByLabel("Your review", new() { Exact = true }).FillAsync("Solid mug. Details at https://spam.example");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Send my review" }).ClickAsync();
        await Assertions.Expect(shopper.GetByRole(AriaRole.Status)).ToContainTextAsync("will show once a moderator has read it");
        await shopper.AssertNoHorizontalScrollAsync();
        await shopper.ScreenshotAsync("review-form-" + viewport);

        var merchandiser = await browser.NewPageAsync(shop.BaseUrl, size);
        await merchandiser.SignInAsync("/admin/login", await MerchandiserAsync(viewport), StaffPassword);
        await merchandiser.GotoAsync("/admin/reviews");
        Assert.Empty(await merchandiser.SeriousViolationsAsync($"{viewport} moderation queue"));
        await merchandiser.ScreenshotAsync("review-queue-" + viewport);
        await merchandiser.GetByLabel($"Choose the review “{title}”").CheckAsync();
        await merchandiser.GetByRole(AriaRole.Button, new() { Name = "Approve the ticked reviews" }).ClickAsync();
        await Assertions.Expect(merchandiser.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 approved.");
        await Assertions.Expect(merchandiser.GetByText(title)).ToHaveCountAsync(0);

        // The approval reaches cached pages within the index's poll.
        var review = shopper.Locator(".review").Filter(new() { HasText = title });
        await Eventually.ValueAsync(async () =>
        {
            await shopper.GotoAsync("/products/red-mug");
            return await review.CountAsync() > 0 ? (object)true : null;
        }, "The approved review never showed on the product page.", TimeSpan.FromSeconds(15));
        await Assertions.Expect(review.Locator(".stars")).ToHaveTextAsync("★★★★☆");
        await Assertions.Expect(review).ToContainTextAsync("By Pat P., verified buyer");
        await Assertions.Expect(review.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await Assertions.Expect(shopper.Locator(".rating-summary")).ToContainTextAsync("out of 5");
        await shopper.Locator("#reviews").ScrollIntoViewIfNeededAsync();
        Assert.Empty(await shopper.SeriousViolationsAsync($"{viewport} product reviews"));
        await shopper.AssertNoHorizontalScrollAsync();
        await shopper.ScreenshotAsync("review-shown-" + viewport);

        await shopper.GotoAsync("/products?sort=rating&rating=4");
        var card = shopper.Locator(".product-card").Filter(new() { HasText = "Red Mug" });
        await Assertions.Expect(card.Locator(".rating")).ToContainTextAsync(new Regex("\\(\\d+\\)"));
        Assert.Empty(await shopper.SeriousViolationsAsync($"{viewport} list by rating"));
    }

    private async Task<string> MerchandiserAsync(string viewport)
    {
        var email = $"merch-review-{viewport}-{Guid.NewGuid():n}@test.local";
        await using var scope = shop.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, StaffPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, StoreRoles.Merchandiser)).Succeeded);
        return email;
    }
}
