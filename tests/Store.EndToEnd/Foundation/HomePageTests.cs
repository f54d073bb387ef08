using Microsoft.Playwright;
using Store.EndToEnd.Infrastructure;

namespace Store.EndToEnd.Foundation;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(Browser browser, ShopServer shop) : IClassFixture<ShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Home_page_shows_the_shop_and_its_way_in(string viewport)
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        Assert.Equal("Welcome · Test shop", await page.TitleAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Test shop", Level = 1 })).ToBeVisibleAsync();
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Shop" })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Account" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Browse the shop" })).ToBeVisibleAsync();
        // The stylesheet applied: the primary button has the accent background, not the browser default.
        var background = await page.GetByRole(AriaRole.Link, new() { Name = "Browse the shop" })
            .EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(15, 107, 92)", background);
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("home-" + viewport);
    }

    [Fact]
    public async Task Unknown_page_shows_the_friendly_not_found_page()
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, Browser.Phone);

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Back to the home page" })).ToBeVisibleAsync();
        await page.AssertNoHorizontalScrollAsync();
    }
}
