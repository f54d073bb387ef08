using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Store.Core.Data;
using Store.EndToEnd.Catalog;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;
using Store.Wishlist.Alerts;

namespace Store.EndToEnd.Wishlist;

/// <summary>
/// The wishlist's pages a shopper reaches from elsewhere: the read-only share link, the product page's back-in-stock
/// form and its confirmation, and the alert email's unsubscribe page; desktop and phone, axe on each.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WishlistPagesTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task A_shared_wishlist_opens_read_only_for_anyone_with_the_link(string viewport)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail("share-" + viewport);
        await shop.CreateCustomerAsync(email);
        var size = viewport == "phone" ? Browser.Phone : Browser.Desktop;
        // The owner's wishlist page has its own journey (WishlistJourneyTests); here the friend's page is the one at each width.
        var owner = await browser.NewPageAsync(shop.BaseUrl, Browser.Desktop);
        await owner.SignInAsync("/account/login", email, Store.Tests.Accounts.Accounts.Password);
        await owner.GotoAsync("/products/red-mug");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Save to wishlist" }).ClickAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Make a link to share" }).ClickAsync();
        // The link carries the shop's public origin; the test server listens elsewhere.
        var link = new Uri(await owner.Locator("[data-share-url]").InputValueAsync()).PathAndQuery;

        var friend = await browser.NewPageAsync(shop.BaseUrl, size);
        await friend.GotoAsync(link);

        await Assertions.Expect(friend.GetByRole(AriaRole.Heading, new() { Name = "A shared wishlist", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(friend.Locator(".wishlist-item", new() { HasText = "Red Mug" })).ToBeVisibleAsync();
        // Read-only: nothing on it changes the owner's list.
        await Assertions.Expect(friend.Locator(".wishlist-item form")).ToHaveCountAsync(0);
        Assert.Empty(await friend.SeriousViolationsAsync($"{viewport} shared wishlist"));
        await friend.AssertNoHorizontalScrollAsync();
        await friend.ScreenshotAsync("wishlist-shared-" + viewport);

        await owner.GetByRole(AriaRole.Button, new() { Name = "Stop sharing" }).ClickAsync();
        var revoked = await friend.GotoAsync(link);
        Assert.Equal(404, revoked!.Status);
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task A_visitor_asks_for_the_back_in_stock_email_and_unsubscribes_from_its_link(string viewport)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail("alert-" + viewport);
        var size = viewport == "phone" ? Browser.Phone : Browser.Desktop;
        var page = await browser.NewPageAsync(shop.BaseUrl, size);
        await page.GotoAsync("/products/blue-mug");

        var field = page.GetByLabel("Email me when it is back in stock");
        await Assertions.Expect(field).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync($"{viewport} back-in-stock form"));
        await page.AssertNoHorizontalScrollAsync();
        await field.FillAsync("not an address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Notify me" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Enter an email address, such as name@example.com.");
        await page.GotoAsync("/products/blue-mug");
        await page.GetByLabel("Email me when it is back in stock").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Notify me" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"We will email {email} when Blue Mug is back in stock.");
        Assert.Empty(await page.SeriousViolationsAsync($"{viewport} back-in-stock confirmation"));
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("stock-alert-" + viewport);

        // The email's unsubscribe link, opened on the phone the email is read on: no sign-in, a page, then a button.
        var inbox = await browser.NewPageAsync(shop.BaseUrl, size);
        await inbox.GotoAsync(await UnsubscribePathAsync(email));
        await Assertions.Expect(inbox.GetByRole(AriaRole.Heading, new() { Name = "Stop this email", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(inbox.GetByText($"{email} gets an email when Blue Mug is back in stock.")).ToBeVisibleAsync();
        Assert.Empty(await inbox.SeriousViolationsAsync($"{viewport} alert unsubscribe"));
        await inbox.AssertNoHorizontalScrollAsync();
        await inbox.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" }).ClickAsync();
        await Assertions.Expect(inbox.GetByRole(AriaRole.Status)).ToHaveTextAsync("You will get no more emails about this product.");
        Assert.Empty(await inbox.SeriousViolationsAsync($"{viewport} alert unsubscribed"));
        await inbox.ScreenshotAsync("stock-alert-unsubscribed-" + viewport);
    }

    // The alert job puts this link in its email; the test asks the same signer for the visitor's alert.
    private async Task<string> UnsubscribePathAsync(string email)
    {
        await using var scope = shop.Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<StoreDbContext>().Set<StockAlert>().Where(a => a.Email == email).Select(a => a.Id).SingleAsync();
        return scope.ServiceProvider.GetRequiredService<AlertLinks>().PathOf(id);
    }
}
