using System.Text.Json;
using Microsoft.Playwright;
using Store.EndToEnd.Catalog;
using Store.EndToEnd.Infrastructure;
using Store.EndToEnd.Orders;

namespace Store.EndToEnd.Accounts;

/// <summary>
/// A customer downloads their data from the account page, is told their paid order must end first, and once it is
/// cancelled erases the account: the page says the order stays for the books, and the password no longer signs in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrivacyJourneyTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task A_customer_downloads_their_data_and_erases_the_account_while_the_order_stays(string viewport)
    {
        var (email, number) = await PaidOrders.PlaceAsync(shop, "privacy-" + viewport, ("red-mug", 1));
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);
        await page.SignInAsync("/account/login", email, Store.Tests.Accounts.Accounts.Password);
        await page.GotoAsync("/account");
        await page.GetByRole(AriaRole.Link, new() { Name = "Your data and privacy" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your data and privacy", Level = 1 })).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download my data" }).ClickAsync());
        var data = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!)).RootElement;
        Assert.Equal(email, data.GetProperty("profile").GetProperty("email").GetString());
        Assert.Equal(number, Assert.Single(data.GetProperty("orders").EnumerateArray()).GetProperty("number").GetString());

        await page.GetByLabel("Password").FillAsync(Store.Tests.Accounts.Accounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Erase my account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync($"Order {number} is still under way (Paid)");
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("privacy-refused-" + viewport);

        await PaidOrders.MoveAsync(shop, number, "Cancelled");
        await page.GetByLabel("Password").FillAsync(Store.Tests.Accounts.Accounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Erase my account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account is erased" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".erasure-kept")).ToContainTextAsync("1 order(s) and their invoices");
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("privacy-erased-" + viewport);

        await page.SignInAsync("/account/login", email, Store.Tests.Accounts.Accounts.Password);
        await Assertions.Expect(page.GetByText("The email or password is not correct.")).ToBeVisibleAsync();
    }
}
