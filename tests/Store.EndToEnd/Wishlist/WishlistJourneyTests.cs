using Microsoft.Playwright;
using Store.EndToEnd.Catalog;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;

namespace Store.EndToEnd.Wishlist;

/// <summary>
/// A visitor saves products with the heart (a card's, in place; the product page's), finds them kept in the browser,
/// signs in, finds them in their account's wishlist and moves one to the cart.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WishlistJourneyTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Save_anonymously_sign_in_find_it_and_move_it_to_the_cart(string viewport)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail("wish-" + viewport);
        await shop.CreateCustomerAsync(email);
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);

        // A card's heart saves in place: the list stays, the heart shows pressed.
        await page.GotoAsync("/products");
        var heart = page.Locator(".product-card", new() { HasNotText = "Red Mug" }).Locator("[data-wishlist-heart] button").First;
        await Assertions.Expect(heart).ToHaveAttributeAsync("aria-pressed", "false");
        await heart.ClickAsync();
        await Assertions.Expect(heart).ToHaveAttributeAsync("aria-pressed", "true");
        await page.AssertNoHorizontalScrollAsync();

        await page.GotoAsync("/products/red-mug");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save to wishlist" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your wishlist", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Saved to your wishlist.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".wishlist-item", new() { HasText = "Red Mug" })).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync($"{viewport} visitor wishlist"));
        await page.AssertNoHorizontalScrollAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in to keep it in your account" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Store.Tests.Accounts.Accounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your wishlist", Level = 1 })).ToBeVisibleAsync();
        Assert.EndsWith("/account/wishlist", page.Url, StringComparison.Ordinal);
        var mug = page.Locator(".wishlist-item", new() { HasText = "Red Mug" });
        await Assertions.Expect(mug).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".wishlist-item")).ToHaveCountAsync(2);
        Assert.Empty(await page.SeriousViolationsAsync($"{viewport} account wishlist"));
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("wishlist-" + viewport);

        await mug.GetByRole(AriaRole.Button, new() { Name = "Move to cart" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Moved to your cart.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".wishlist-item", new() { HasText = "Red Mug" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-cart-count]")).ToHaveTextAsync("(1)");
        await page.GotoAsync("/cart");
        await Assertions.Expect(page.Locator(".cart-line", new() { HasText = "Red Mug" })).ToBeVisibleAsync();
    }
}
