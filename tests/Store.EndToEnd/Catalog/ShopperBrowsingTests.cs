using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Store.EndToEnd.Infrastructure;

namespace Store.EndToEnd.Catalog;

[Collection(BrowserCollection.Name)]
public sealed class ShopperBrowsingTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Shopper_searches_filters_and_pages(string viewport)
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);

        await page.GotoAsync("/products");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Shop", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-results]").GetByText("10 products")).ToBeVisibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        Assert.Equal(viewport == "desktop", await page.Locator("[data-filter-more]").EvaluateAsync<bool>("d => d.open"));

        // Search: accents and case do not matter.
        await page.GetByLabel("Search", new() { Exact = true }).FillAsync("MUG");
        await page.GetByLabel("Search", new() { Exact = true }).PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-results]").GetByText("4 products")).ToBeVisibleAsync();

        // A filter applies on change, and lands in the address. On a phone the filters are folded first.
        await OpenFiltersAsync(page);
        // A click, not CheckAsync: the tick submits at once, and CheckAsync's own re-check of the box can race
        // that navigation (it then waits on the old page). The address and the count below say it applied.
        await page.GetByLabel("In stock only").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("in_stock=true"));
        await Assertions.Expect(page.Locator("[data-results]").GetByText("3 products")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Blue Mug" })).ToHaveCountAsync(0);

        await OpenFiltersAsync(page);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Red (1)" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("attr.colour=Red"));
        await Assertions.Expect(page.Locator("[data-results]").GetByText("1 product", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Red Mug" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("catalog-filtered-" + viewport);

        await OpenFiltersAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Clear all" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-results]").GetByText("10 products")).ToBeVisibleAsync();

        // Pages: the order is kept, and the next page follows on.
        await page.GotoAsync("/products?sort=price_asc&page_size=4");
        var pager = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });
        await Assertions.Expect(pager.GetByText("1", new() { Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await pager.GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("sort=price_asc&page=2&page_size=4"));
        await Assertions.Expect(page.Locator(".product-name").First).ToHaveTextAsync("Blue Mug");
        await page.AssertNoHorizontalScrollAsync();
    }

    private static async Task OpenFiltersAsync(IPage page)
    {
        // catalog.js folds the panel on a phone once the page has loaded: decide after that.
        await page.WaitForLoadStateAsync(LoadState.Load);
        var panel = page.Locator("[data-filter-more]");
        if (!await panel.EvaluateAsync<bool>("d => d.open"))
        {
            await page.GetByText("Filters and sorting").ClickAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Product_page_shows_the_gallery_price_and_add_to_cart(string viewport)
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);

        await page.GotoAsync("/products/red-mug");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Red Mug", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Only 5 left")).ToBeVisibleAsync();
        var main = page.Locator("[data-gallery-main]");
        var first = await main.GetAttributeAsync("src");
        await page.Locator("[data-gallery-thumb]").Nth(1).ClickAsync();
        await Assertions.Expect(main).Not.ToHaveAttributeAsync("src", first!);
        // The form in the cached page gets its antiforgery token from /session.
        await Assertions.Expect(page.Locator("form.add-to-cart input[name=__RequestVerificationToken]")).ToHaveCountAsync(1);
        var loaded = await main.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0");
        Assert.True(loaded, "the product image loads");
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("catalog-product-" + viewport);
    }
}
