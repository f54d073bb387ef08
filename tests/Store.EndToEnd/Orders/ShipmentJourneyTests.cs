using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Store.EndToEnd.Catalog;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Orders;

/// <summary>
/// Staff ship a paid order in two parcels from the order page; the customer, watching their own order page, sees
/// each parcel appear with its tracking link, the order turn Shipped after the second, and downloads the invoice
/// PDF; desktop and phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ShipmentJourneyTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Staff_ship_an_order_in_two_parcels_and_the_customer_follows_them_and_downloads_the_invoice(string viewport)
    {
        var (customer, number) = await PaidOrders.PlaceAsync(shop, "parcels-" + viewport, ("red-mug", 1), ("creme-brulee-dish", 2));
        var size = viewport == "phone" ? Browser.Phone : Browser.Desktop;
        var shopper = await browser.NewPageAsync(shop.BaseUrl, size);
        await shopper.SignInAsync("/account/login", customer, Store.Tests.Accounts.Accounts.Password);
        await shopper.GotoAsync("/account/orders/" + number);
        await Assertions.Expect(shopper.Locator("[data-order-status]")).ToHaveTextAsync("Paid");
        await Assertions.Expect(shopper.GetByRole(AriaRole.Heading, new() { Name = "Shipments" })).ToBeHiddenAsync();

        var staff = await browser.NewPageAsync(shop.BaseUrl, size);
        await staff.SignInAsync("/admin/login", StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword);
        await staff.GotoAsync("/admin/orders/" + number);

        // First parcel: the mug and one of the two dishes, by a listed carrier, so the tracking link is made for us.
        await staff.GetByLabel("Units of Red Mug to ship").FillAsync("1");
        await staff.GetByLabel("Units of Crème Brûlée Dish to ship").FillAsync("1");
        await staff.GetByLabel("Carrier", new() { Exact = true }).FillAsync("DHL");
        await staff.GetByLabel("Tracking number", new() { Exact = true }).FillAsync("JD0001" + viewport);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Ship these items" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Shipment 1 is recorded; the customer has been emailed.");
        await Assertions.Expect(staff.Locator("#order-status")).ToHaveTextAsync("Paid");
        await staff.AssertNoHorizontalScrollAsync();
        await staff.ScreenshotAsync("shipment-admin-first-" + viewport);

        // The customer's open page shows the parcel without a reload; the order is not shipped yet.
        var parcels = shopper.Locator("[data-shipment-list] > li");
        await Assertions.Expect(parcels).ToHaveCountAsync(1);
        await Assertions.Expect(parcels.Nth(0)).ToContainTextAsync("Parcel 1");
        await Assertions.Expect(parcels.Nth(0)).ToContainTextAsync("1 × Red Mug");
        await Assertions.Expect(parcels.Nth(0)).ToContainTextAsync("1 × Crème Brûlée Dish");
        await Assertions.Expect(parcels.Nth(0).GetByRole(AriaRole.Link, new() { Name = "Track" }))
            .ToHaveAttributeAsync("href", new Regex("dhl\\.com.*tracking-id=JD0001" + viewport + "$"));
        await Assertions.Expect(shopper.Locator("[data-order-status]")).ToHaveTextAsync("Paid");

        // Second parcel: only the dish is left to ship, with a hand-typed carrier and link.
        await Assertions.Expect(staff.GetByLabel("Units of Red Mug to ship")).ToHaveCountAsync(0);
        await Assertions.Expect(staff.GetByLabel("Units of Crème Brûlée Dish to ship")).ToHaveValueAsync("1");
        await staff.GetByLabel("Carrier", new() { Exact = true }).FillAsync("Coursier Lyon");
        await staff.GetByLabel("Tracking number", new() { Exact = true }).FillAsync("CL-77");
        await staff.GetByLabel(new Regex("^Tracking link")).FillAsync("https://coursier.example/track/CL-77");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Ship these items" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Shipment 2 is recorded");
        await Assertions.Expect(staff.Locator("#order-status")).ToHaveTextAsync("Shipped");
        await Assertions.Expect(staff.GetByRole(AriaRole.Button, new() { Name = "Ship these items" })).ToHaveCountAsync(0);
        await Assertions.Expect(staff.Locator("#shipments > li")).ToHaveCountAsync(2);

        await Assertions.Expect(parcels).ToHaveCountAsync(2);
        await Assertions.Expect(parcels.Nth(1)).ToContainTextAsync("Parcel 2");
        await Assertions.Expect(parcels.Nth(1)).ToContainTextAsync("Coursier Lyon CL-77");
        await Assertions.Expect(shopper.Locator("[data-order-status]")).ToHaveTextAsync("Shipped");
        await shopper.AssertNoHorizontalScrollAsync();
        await shopper.ScreenshotAsync("shipment-customer-" + viewport);

        // The invoice issued on payment is a real PDF naming the order and its lines.
        var invoiceLink = shopper.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Invoice INV-") });
        var download = await shopper.RunAndWaitForDownloadAsync(() => invoiceLink.ClickAsync());
        var text = Pdfs.Text(await File.ReadAllBytesAsync((await download.PathAsync())!));
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("Red Mug", text, StringComparison.Ordinal);
        Assert.Contains("Pat Parcel", text, StringComparison.Ordinal);
    }
}
