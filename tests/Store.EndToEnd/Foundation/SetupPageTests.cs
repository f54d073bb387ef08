using Microsoft.Playwright;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Foundation;

[Collection(BrowserCollection.Name)]
public sealed class SetupPageTests(Browser browser, FreshShopServer shop) : IClassFixture<FreshShopServer>
{
    [Fact]
    public async Task First_visitor_sets_the_shop_up_through_the_page_and_signs_in()
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, Browser.Phone);

        await page.GotoAsync("/");
        Assert.EndsWith("/setup", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Set up your shop" })).ToBeVisibleAsync();
        await page.AssertNoHorizontalScrollAsync();

        // A mistake first: the form comes back with the message beside the field and the values kept.
        await page.GetByLabel("Shop name").FillAsync("Corner Shop");
        await page.GetByLabel("Administrator email").FillAsync("not-an-email");
        await page.GetByLabel("Administrator password").FillAsync("Owner-pass-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up the shop" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Enter a valid email address.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Shop name")).ToHaveValueAsync("Corner Shop");

        await page.GetByLabel("Administrator email").FillAsync("owner@corner.test");
        await page.GetByLabel("Administrator password").FillAsync("Owner-pass-2026");
        await page.GetByLabel("default").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up the shop" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/login"));
        await page.GetByLabel("Email").FillAsync("owner@corner.test");
        await page.GetByLabel("Password").FillAsync("Owner-pass-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Welcome back to Corner Shop.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("setup-done-phone");
    }
}
