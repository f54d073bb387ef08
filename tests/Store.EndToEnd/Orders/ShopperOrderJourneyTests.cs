using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Store.EndToEnd.Catalog;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Orders;

/// <summary>
/// From an empty cart to a placed order followed live: an anonymous shopper adds two products, signs in,
/// finds them merged into their cart, changes a quantity (totals change without a reload), checks out, and
/// sees the order turn Shipped by itself when staff ships it (through the staff API, until the order admin exists).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ShopperOrderJourneyTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Add_sign_in_merge_change_quantity_check_out_and_follow_the_order_live(string viewport)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail(viewport);
        await shop.CreateCustomerAsync(email);
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);

        foreach (var slug in new[] { "red-mug", "creme-brulee-dish" })
        {
            await page.GotoAsync("/products/" + slug);
            await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your cart" })).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.Locator("[data-cart-count]")).ToHaveTextAsync("(2)");

        await page.SignInAsync("/account/login", email, Store.Tests.Accounts.Accounts.Password);
        await page.GotoAsync("/cart");
        await Assertions.Expect(page.GetByText("Red Mug (1) was added from before you signed in.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-total]")).ToHaveTextAsync("$40.00"); // 10 + 25 + 5 shipping
        await page.AssertNoHorizontalScrollAsync();

        // A marker on the window survives only if the page is not reloaded.
        await page.EvaluateAsync("window.__sameDocument = true");
        var mug = page.Locator(".cart-line", new() { HasText = "Red Mug" });
        await mug.GetByLabel("Quantity").FillAsync("2");
        await mug.GetByLabel("Quantity").DispatchEventAsync("change");
        await Assertions.Expect(page.Locator("[data-subtotal]")).ToHaveTextAsync("$45.00");
        await Assertions.Expect(page.Locator("[data-total]")).ToHaveTextAsync("$50.00");
        await Assertions.Expect(page.Locator("[data-cart-count]")).ToHaveTextAsync("(3)");
        Assert.True(await page.EvaluateAsync<bool>("window.__sameDocument === true"));
        await page.ScreenshotAsync("cart-" + viewport);

        await page.GetByRole(AriaRole.Link, new() { Name = "Check out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Checkout", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Recipient's name").FillAsync("Jo Journey");
        await page.GetByLabel("Street address").FillAsync("5 Harbour Street");
        await page.GetByLabel("Postal code").FillAsync("EH1 1AA");
        await page.GetByLabel("City", new() { Exact = true }).FillAsync("Edinburgh");
        await page.GetByLabel("Country code").FillAsync("GB");
        await page.AssertNoHorizontalScrollAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Place the order" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Thank you: your order is placed.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-order-status]")).ToHaveTextAsync("Pending");
        await page.AssertNoHorizontalScrollAsync();
        var number = page.Url.Split('/')[^1].Split('?')[0];

        using var staff = await StaffAsync();
        foreach (var status in new[] { "Paid", "Shipped" })
        {
            var moved = await staff.PostAsJsonAsync($"/api/v1/admin/orders/{number}/status", new { status });
            Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        }

        await Assertions.Expect(page.Locator("[data-order-status]")).ToHaveTextAsync("Shipped");
        await Assertions.Expect(page.Locator("[data-order-cancel]")).ToBeHiddenAsync();
        await page.ScreenshotAsync("order-shipped-" + viewport);
    }

    [Fact]
    public async Task With_javascript_off_a_shopper_adds_changes_and_removes_cart_lines()
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, Browser.Phone, javaScript: false);

        await page.GotoAsync("/products/garden-hose");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Added to your cart.")).ToBeVisibleAsync();
        var hose = page.Locator(".cart-line", new() { HasText = "Garden Hose" });
        await Assertions.Expect(hose).ToBeVisibleAsync();

        await hose.GetByLabel("Quantity").FillAsync("5");
        await hose.GetByRole(AriaRole.Button, new() { Name = "Update" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Only 3 of Garden Hose are available.");
        await page.Locator(".cart-line", new() { HasText = "Garden Hose" }).GetByLabel("Quantity").FillAsync("2");
        await page.Locator(".cart-line", new() { HasText = "Garden Hose" }).GetByRole(AriaRole.Button, new() { Name = "Update" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-subtotal]")).ToHaveTextAsync("$60.00");
        await page.AssertNoHorizontalScrollAsync();

        await page.Locator(".cart-line", new() { HasText = "Garden Hose" }).GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Your cart is empty.")).ToBeVisibleAsync();
    }

    private async Task<HttpClient> StaffAsync()
    {
        var client = new HttpClient { BaseAddress = new Uri(shop.BaseUrl) };
        var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = StoreAppFactory.AdminEmail, password = StoreAppFactory.AdminPassword });
        var json = JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.GetProperty("accessToken").GetString());
        return client;
    }
}
