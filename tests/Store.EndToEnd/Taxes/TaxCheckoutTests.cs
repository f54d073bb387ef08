using Microsoft.Playwright;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Taxes;

/// <summary>
/// A shopper in a shop whose prices include VAT sees the French rate for a French address and the German rate for a
/// German one at checkout, script off (the "Update" button asks the server); staff change a rate in the admin and
/// the next checkout uses it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TaxCheckoutTests(Browser browser, TaxShopServer shop) : IClassFixture<TaxShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task A_French_address_pays_French_VAT_and_a_German_one_German_VAT(string viewport)
    {
        var page = await ShopperAsync(viewport);
        await ShipToParisAsync(page);

        // 25.00 holds 4.17 of 20 % VAT, the 4.90 shipping 0.82.
        await Assertions.Expect(page.GetByText("Including tax at 20 %")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-checkout-tax='20']")).ToHaveTextAsync("$4.99");
        await Assertions.Expect(page.Locator("[data-checkout-total]")).ToHaveTextAsync("$29.90");
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("checkout-vat-fr-" + viewport);

        await page.GetByLabel("Country code").FillAsync("DE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update shipping and tax for this address" }).ClickAsync();

        // 19 %: 3.99 in the dish, 0.94 in the 5.90 shipping.
        await Assertions.Expect(page.GetByText("Including tax at 19 %")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-checkout-tax='19']")).ToHaveTextAsync("$4.93");
        await Assertions.Expect(page.GetByText("DHL: $5.90")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-checkout-total]")).ToHaveTextAsync("$30.90");
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("checkout-vat-de-" + viewport);

        await page.GetByRole(AriaRole.Button, new() { Name = "Place the order" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Thank you: your order is placed.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-order-tax='19']")).ToHaveTextAsync("$4.93");
        await page.AssertNoHorizontalScrollAsync();
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Staff_change_a_rate_and_checkout_uses_it(string viewport)
    {
        var admin = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);
        await admin.SignInAsync("/admin/login", StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword);
        await admin.GotoAsync("/admin/taxes");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Edit the FR standard rate" }).ClickAsync();
        await admin.GetByLabel("Rate in percent").FillAsync("150");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save rate" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Enter a percentage from 0 to 100")).ToBeVisibleAsync();
        await admin.GetByLabel("Rate in percent").FillAsync(viewport == "phone" ? "10" : "5.5");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save rate" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved the rate");
        await admin.AssertNoHorizontalScrollAsync();
        await admin.ScreenshotAsync("admin-taxes-" + viewport);

        var page = await ShopperAsync(viewport);
        await ShipToParisAsync(page);
        await Assertions.Expect(page.GetByText(viewport == "phone" ? "Including tax at 10 %" : "Including tax at 5.5 %")).ToBeVisibleAsync();

        await admin.GotoAsync("/admin/taxes?rate=1");
        await admin.GetByLabel("Rate in percent").FillAsync("20");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save rate" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved the rate 20 % for FR.");
    }

    private static async Task ShipToParisAsync(IPage page)
    {
        await page.GetByLabel("Recipient's name").FillAsync("Ada Acheteuse");
        await page.GetByLabel("Street address").FillAsync("1 rue de la Paix");
        await page.GetByLabel("Postal code").FillAsync("75002");
        await page.GetByLabel("City", new() { Exact = true }).FillAsync("Paris");
        await page.GetByLabel("Country code").FillAsync("FR");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update shipping and tax for this address" }).ClickAsync();
    }

    // A signed-in shopper, script off, at checkout with a Crème Brûlée Dish (25.00) in the cart.
    private async Task<IPage> ShopperAsync(string viewport)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail("tax-" + viewport);
        await shop.CreateCustomerAsync(email);
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop, javaScript: false);
        await page.SignInAsync("/account/login", email, Store.Tests.Accounts.Accounts.Password);
        await page.GotoAsync("/products/creme-brulee-dish");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Added to your cart.")).ToBeVisibleAsync();
        await page.GotoAsync("/checkout");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Checkout", Level = 1 })).ToBeVisibleAsync();
        return page;
    }
}
