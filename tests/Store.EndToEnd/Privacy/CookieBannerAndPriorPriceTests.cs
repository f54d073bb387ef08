using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Store.Catalog.PriceHistory;
using Store.EndToEnd.Catalog;
using Store.EndToEnd.Infrastructure;

namespace Store.EndToEnd.Privacy;

/// <summary>
/// The cookie banner, answered with the keyboard (with script on a desktop, without script on a phone) and changed
/// from the footer's link; the product page's "lowest price in the previous 30 days" beside a discount.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CookieBannerAndPriorPriceTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    [Theory]
    [InlineData("desktop", true)]
    [InlineData("phone", false)]
    public async Task A_visitor_answers_the_banner_with_the_keyboard_and_changes_it_from_the_footer(string viewport, bool javaScript)
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop, javaScript, cookieChoiceMade: false);
        await page.GotoAsync("/categories/mugs");
        var banner = page.GetByRole(AriaRole.Region, new() { Name = "Cookies on this shop" });
        await Assertions.Expect(banner).ToBeVisibleAsync();
        // Not in the way: the page's own heading shows beside it.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mugs", Level = 1 })).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync($"{viewport} banner"));
        await page.AssertNoHorizontalScrollAsync();

        // Tab past the skip link reaches the banner's first button, the next one keeps essential cookies only.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(banner.GetByRole(AriaRole.Button, new() { Name = "Accept optional cookies" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(banner.GetByRole(AriaRole.Button, new() { Name = "Essential cookies only" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mugs", Level = 1 })).ToBeVisibleAsync();
        Assert.EndsWith("/categories/mugs", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(banner).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Cookie settings" }).ClickAsync();
        await Assertions.Expect(page.GetByText("You chose essential cookies only.")).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync($"{viewport} cookie settings"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept optional cookies" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mugs", Level = 1 })).ToBeVisibleAsync();
        await page.GotoAsync("/privacy/cookies");
        await Assertions.Expect(page.GetByText("You accepted optional cookies.")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task A_discounted_product_shows_its_lowest_price_of_the_previous_30_days(string viewport)
    {
        await using (var scope = shop.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PriorPrices>().SaveAsync(true, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<PriceHistoryRecorder>().RecordAsync(CancellationToken.None);
        }

        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);
        await page.GotoAsync("/products/red-mug");
        await Assertions.Expect(page.GetByText("Lowest price in the previous 30 days: $10.00")).ToBeVisibleAsync();
        // No discount, no prior price.
        await page.GotoAsync("/products/blue-mug");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Blue Mug", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Lowest price in the previous 30 days")).ToBeHiddenAsync();
        await page.GotoAsync("/categories/mugs");
        await Assertions.Expect(page.GetByText("Lowest price in the previous 30 days: $10.00")).ToBeVisibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        Assert.Empty(await page.SeriousViolationsAsync($"{viewport} prior price"));
    }
}
