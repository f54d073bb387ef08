using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Store.Core.Data;
using Store.Core.Security;
using Store.EndToEnd.Catalog;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Orders;

/// <summary>An order manager reads what the abandoned-cart reminders brought back, on a desktop and a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AbandonedCartAdminTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task An_order_manager_reads_reminders_sent_and_recovered_revenue(string viewport)
    {
        var recovered = "RC" + viewport[..2].ToUpperInvariant() + "-" + Guid.NewGuid().ToString("n")[..4].ToUpperInvariant();
        await SeedAsync(recovered);
        var manager = $"carts-{viewport}-{Guid.NewGuid().ToString("n")[..6]}@example.com";
        await shop.CreateCustomerAsync(manager);
        await shop.WithUsersAsync(async users => (await users.AddToRoleAsync((await users.FindByEmailAsync(manager))!, StoreRoles.OrderManager)).Succeeded);
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);

        await page.SignInAsync("/admin/login", manager, Store.Tests.Accounts.Accounts.Password);
        await page.GotoAsync("/admin/orders/abandoned-carts");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Abandoned carts", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-figure=sent]")).Not.ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("[data-figure=revenue]")).ToContainTextAsync("$");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = recovered })).ToBeVisibleAsync();
        await page.GetByLabel("From").FillAsync("2026-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("from=2026-01-01"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = recovered })).ToBeVisibleAsync();
        Assert.Empty(await page.SeriousViolationsAsync($"{viewport} abandoned carts"));
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("abandoned-carts-" + viewport);
    }

    // Two reminders sent today, one of which brought back an order of $42.00.
    private async Task SeedAsync(string recovered)
    {
        await using var scope = shop.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
        var now = shop.Time.GetUtcNow().UtcDateTime;
        var cart = Random.Shared.Next(1_000_000, 2_000_000);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO \"CartReminders\" (\"CartId\", \"Email\", \"CartUpdatedUtc\", \"SentUtc\", \"RecoveredOrderNumber\", \"RecoveredTotal\", \"Currency\", \"RecoveredOrderId\", \"RecoveredUtc\") VALUES ({cart}, {"left@example.com"}, {now}, {now}, {recovered}, {4200L}, {"USD"}, {cart}, {now})");
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO \"CartReminders\" (\"CartId\", \"Email\", \"CartUpdatedUtc\", \"SentUtc\", \"RecoveredTotal\") VALUES ({cart + 1}, {"gone@example.com"}, {now}, {now}, {0L})");
    }
}
