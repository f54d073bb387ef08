using Microsoft.Playwright;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Foundation;

[Collection(BrowserCollection.Name)]
public sealed class AdminSignInTests(Browser browser, ShopServer shop) : IClassFixture<ShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Admin_signs_in_sees_the_dashboard_and_signs_out(string viewport)
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);

        await page.GotoAsync("/admin");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/login\\?ReturnUrl=%2Fadmin$"));
        await page.GetByLabel("Email").FillAsync(StoreAppFactory.AdminEmail);
        await page.GetByLabel("Password").FillAsync(StoreAppFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(StoreAppFactory.AdminEmail)).ToBeVisibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("admin-dashboard-" + viewport);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/login$"));
        await page.GotoAsync("/admin");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/login"));
    }

    [Fact]
    public async Task Wrong_password_is_shown_as_an_error_and_nothing_opens()
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, Browser.Phone);

        await page.GotoAsync("/admin/login");
        await page.GetByLabel("Email").FillAsync(StoreAppFactory.AdminEmail);
        await page.GetByLabel("Password").FillAsync("not-the-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The email or password is not correct.");
        await Assertions.Expect(page.GetByLabel("Email")).ToHaveValueAsync(StoreAppFactory.AdminEmail);
        await page.GotoAsync("/admin");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/login"));
        await page.AssertNoHorizontalScrollAsync();
    }
}
