using Microsoft.Playwright;
using Store.Core.Security;
using Store.EndToEnd.Catalog;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Orders;

/// <summary>
/// An order manager finds a shopper's paid order by filtering, ships it with a note from the order page (the
/// shopper's open order page turns Shipped by itself), exports the filtered list (a real download), and reads the
/// dashboard and the chart's table view; desktop and phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OrderManagerTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task An_order_manager_filters_ships_exports_and_reads_the_dashboard(string viewport)
    {
        var (customer, number) = await PaidOrders.PlaceAsync(shop, "buyer-" + viewport, ("red-mug", 1));
        // Short: the admin bar shows it.
        var manager = $"mgr-{viewport}-{Guid.NewGuid().ToString("n")[..6]}@example.com";
        await shop.CreateCustomerAsync(manager);
        await shop.WithUsersAsync(async users => (await users.AddToRoleAsync((await users.FindByEmailAsync(manager))!, StoreRoles.OrderManager)).Succeeded);
        var viewportSize = viewport == "phone" ? Browser.Phone : Browser.Desktop;
        // The shopper watches their order page while staff work.
        var shopper = await browser.NewPageAsync(shop.BaseUrl, viewportSize);
        await shopper.SignInAsync("/account/login", customer, Store.Tests.Accounts.Accounts.Password);
        await shopper.GotoAsync("/account/orders/" + number);
        await Assertions.Expect(shopper.Locator("[data-order-status]")).ToHaveTextAsync("Paid");
        var page = await browser.NewPageAsync(shop.BaseUrl, viewportSize);

        await page.SignInAsync("/admin/login", manager, Store.Tests.Accounts.Accounts.Password);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Orders", Exact = true }).First.ClickAsync();
        await page.GetByLabel("Customer").FillAsync(customer);
        await page.GetByLabel("Payment").SelectOptionAsync("paid");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/admin/orders\\?customer={System.Text.RegularExpressions.Regex.Escape(Uri.EscapeDataString(customer))}&payment=paid$"));
        await Assertions.Expect(page.Locator(".orders-table tbody tr")).ToHaveCountAsync(1);
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("order-admin-list-" + viewport);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("Number,Placed,Status,Payment,Email", csv, StringComparison.Ordinal);
        Assert.Contains(number + ",", csv, StringComparison.Ordinal);
        Assert.Equal(2, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        await page.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Order " + number })).ToBeVisibleAsync();
        await page.GetByLabel("New status").SelectOptionAsync("Shipped");
        await page.GetByLabel("Note for the history").FillAsync("Parcel 42 via post");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The order is now Shipped");
        await Assertions.Expect(page.Locator("#order-status")).ToHaveTextAsync("Shipped");
        await Assertions.Expect(page.Locator(".history")).ToContainTextAsync("Parcel 42 via post");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Payment and refunds" })).ToBeVisibleAsync();
        // The change reaches the shopper's open page without a reload.
        await Assertions.Expect(shopper.Locator("[data-order-status]")).ToHaveTextAsync("Shipped");
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("order-admin-detail-" + viewport);

        await page.GotoAsync("/admin");
        await Assertions.Expect(page.Locator("#figure-orders strong")).Not.ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator(".chart svg")).ToBeVisibleAsync();
        var table = page.Locator(".sales-days");
        await Assertions.Expect(table).ToBeHiddenAsync();
        await page.GetByText("Table view").ClickAsync();
        await Assertions.Expect(table).ToBeVisibleAsync();
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(30);
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("order-admin-dashboard-" + viewport);
    }
}
