using Microsoft.Playwright;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Currencies;

/// <summary>
/// A shopper switches to euros in the header (script off: the switcher's button posts it) and sees the product, the
/// cart and checkout in euros, and the order placed in euros; staff see the currencies page. Desktop and 390 px, axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CurrencyJourneyTests(Browser browser, CurrencyShopServer shop) : IClassFixture<CurrencyShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task A_shopper_switches_to_euros_and_checks_out_in_euros(string viewport)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail("euro-" + viewport);
        await shop.CreateCustomerAsync(email);
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop, javaScript: false);
        await page.SignInAsync("/account/login", email, Store.Tests.Accounts.Accounts.Password);
        await page.GotoAsync("/products/creme-brulee-dish");
        await Assertions.Expect(page.Locator(".price").First).ToContainTextAsync("$25.00");

        await page.GetByLabel("Currency").SelectOptionAsync("EUR");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change currency" }).ClickAsync();

        // 25.00 × 0.92 = 23.00 euros.
        await Assertions.Expect(page.Locator(".price").First).ToContainTextAsync("23.00 EUR");
        await page.AssertNoHorizontalScrollAsync();
        Assert.Empty(await page.SeriousViolationsAsync($"{viewport} product page in euros"));
        await page.ScreenshotAsync("currency-product-" + viewport);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Added to your cart.")).ToBeVisibleAsync();
        await page.GotoAsync("/cart");
        await Assertions.Expect(page.Locator("[data-subtotal]")).ToHaveTextAsync("23.00 EUR");

        await page.GotoAsync("/checkout");
        await page.GetByLabel("Recipient's name").FillAsync("Ada Acheteuse");
        await page.GetByLabel("Street address").FillAsync("1 rue de la Paix");
        await page.GetByLabel("Postal code").FillAsync("75002");
        await page.GetByLabel("City", new() { Exact = true }).FillAsync("Paris");
        await page.GetByLabel("Country code").FillAsync("FR");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update shipping and tax for this address" }).ClickAsync();
        // Shipping 4.90 × 0.92 = 4.508 → 4.51.
        await Assertions.Expect(page.Locator("[data-checkout-total]")).ToHaveTextAsync("27.51 EUR");
        await page.AssertNoHorizontalScrollAsync();
        Assert.Empty(await page.SeriousViolationsAsync($"{viewport} checkout in euros"));
        await page.ScreenshotAsync("currency-checkout-" + viewport);

        await page.GetByRole(AriaRole.Button, new() { Name = "Place the order" }).ClickAsync();
        await Assertions.Expect(page.GetByText("27.51 EUR").First).ToBeVisibleAsync();
        await page.AssertNoHorizontalScrollAsync();
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Staff_see_the_currencies_and_an_example_price(string viewport)
    {
        var admin = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);
        await admin.SignInAsync("/admin/login", StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword);
        await admin.GotoAsync("/admin/currencies");
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Currencies", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Region, new() { Name = "Selling currencies" })).ToContainTextAsync("18.39 EUR");

        await admin.GetByLabel("ISO 4217 code").FillAsync("XX");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save currency" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Enter an ISO 4217 currency code")).ToBeVisibleAsync();
        await admin.AssertNoHorizontalScrollAsync();
        Assert.Empty(await admin.SeriousViolationsAsync($"{viewport} admin currencies"));
        await admin.ScreenshotAsync("admin-currencies-" + viewport);
    }
}
