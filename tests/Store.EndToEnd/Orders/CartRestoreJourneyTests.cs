using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Store.Cart.Contracts;
using Store.Core.Data;
using Store.EndToEnd.Catalog;
using Store.EndToEnd.Infrastructure;

namespace Store.EndToEnd.Orders;

/// <summary>
/// A guest's cart reminder links to <c>/cart/restore/{token}</c>: opened in another browser (the phone the email is read
/// on), the cart is there; once the cart became an order, the same link says so; desktop and phone, axe on both pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CartRestoreJourneyTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task The_reminders_link_brings_a_guests_cart_to_another_browser_until_it_is_ordered(string viewport)
    {
        // The guest's first browser: a cart of two mugs (through the API, as any anonymous client keeps one).
        using var first = new HttpClient { BaseAddress = new Uri(shop.BaseUrl) };
        var mug = JsonDocument.Parse(await first.GetStringAsync("/api/v1/products/red-mug")).RootElement.GetProperty("variants")[0].GetProperty("id").GetInt32();
        var added = await first.PostAsJsonAsync("/api/v1/cart/items", new { variantId = mug, quantity = 2 });
        var cartToken = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement.GetProperty("cartToken").GetString()!;
        var link = await RestorePathOfNewestCartAsync();
        var size = viewport == "phone" ? Browser.Phone : Browser.Desktop;

        var phone = await browser.NewPageAsync(shop.BaseUrl, size);
        await phone.GotoAsync(link);

        Assert.EndsWith("/cart?restored=1", phone.Url, StringComparison.Ordinal);
        await Assertions.Expect(phone.GetByRole(AriaRole.Status).Filter(new() { HasText = "Here is the cart you left" })).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator(".cart-line", new() { HasText = "Red Mug" })).ToBeVisibleAsync();
        Assert.Empty(await phone.SeriousViolationsAsync($"{viewport} restored cart"));
        await phone.AssertNoHorizontalScrollAsync();
        await phone.ScreenshotAsync("cart-restored-" + viewport);
        // It is this browser's cart now: the next visit to /cart finds it without the link.
        await phone.GotoAsync("/cart");
        await Assertions.Expect(phone.Locator(".cart-line", new() { HasText = "Red Mug" })).ToBeVisibleAsync();

        // The guest orders from the first browser: the link now says the cart is gone.
        var order = new HttpRequestMessage(HttpMethod.Post, "/api/v1/guest/orders")
        {
            Content = JsonContent.Create(new { email = Store.Tests.Accounts.Accounts.NewEmail("restore-" + viewport), address = new { fullName = "Gus Guest", line1 = "2 Quai Guest", city = "Lyon", postalCode = "69002", country = "FR" } }),
        };
        order.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("n"));
        order.Headers.Add("Cart-Token", cartToken);
        Assert.True((await first.SendAsync(order)).IsSuccessStatusCode);
        var late = await browser.NewPageAsync(shop.BaseUrl, size);
        await late.GotoAsync(link);

        await Assertions.Expect(late.GetByRole(AriaRole.Alert)).ToContainTextAsync("The cart in this link is no longer here: it was ordered, emptied or has expired.");
        await Assertions.Expect(late.Locator(".cart-line")).ToHaveCountAsync(0);
        Assert.Empty(await late.SeriousViolationsAsync($"{viewport} restored cart gone"));
        await late.AssertNoHorizontalScrollAsync();
        var tampered = await late.GotoAsync(link[..^3] + (link[^3] == 'A' ? 'B' : 'A') + link[^2..]);
        Assert.Equal(404, tampered!.Status);
    }

    // The reminder job would put this link in its email; the test asks the same contract for the newest anonymous cart.
    private async Task<string> RestorePathOfNewestCartAsync()
    {
        await using var scope = shop.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
        var ids = await db.Database.SqlQueryRaw<int>("SELECT \"Id\" AS \"Value\" FROM \"Carts\" WHERE \"AnonymousKey\" IS NOT NULL ORDER BY \"Id\" DESC LIMIT 1").ToListAsync();
        return scope.ServiceProvider.GetRequiredService<IAbandonedCarts>().RestorePathOf(ids[0]);
    }
}
