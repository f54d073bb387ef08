using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Store.Accounts.Users;
using Store.Catalog.Products;
using Store.Core.Data;
using Store.Core.Security;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;

namespace Store.EndToEnd.Currencies;

/// <summary>
/// A merchandiser fixes the crème brûlée dish at 21.50 EUR on the product's price-list page (a JPY-style mistake
/// first: too many decimals is refused beside the field), and a shopper in euros sees and pays exactly it.
/// Desktop and 390 px, axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PriceListJourneyTests(Browser browser, CurrencyShopServer shop) : IClassFixture<CurrencyShopServer>
{
    private const string StaffPassword = "Merch-pass-123";

    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task A_merchandiser_fixes_a_euro_price_and_a_shopper_in_euros_pays_exactly_it(string viewport)
    {
        var size = viewport == "phone" ? Browser.Phone : Browser.Desktop;
        var productId = await ProductIdAsync("creme-brulee-dish");
        var admin = await browser.NewPageAsync(shop.BaseUrl, size);
        await admin.SignInAsync("/admin/login", await MerchandiserAsync(viewport), StaffPassword);
        await admin.GotoAsync($"/admin/catalog/products/{productId}");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Prices per currency" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Prices of");
        var price = admin.GetByRole(AriaRole.Region, new() { Name = "Prices per currency" }).GetByLabel("EUR price");

        await price.FillAsync("21.505");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save prices" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("at most 2 decimals")).ToBeVisibleAsync();
        Assert.Empty(await admin.SeriousViolationsAsync($"{viewport} price list refused"));
        await price.FillAsync("21.50");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save prices" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("saved");
        await Assertions.Expect(price).ToHaveValueAsync("21.50");
        await admin.AssertNoHorizontalScrollAsync();
        Assert.Empty(await admin.SeriousViolationsAsync($"{viewport} price list"));
        await admin.ScreenshotAsync("admin-price-list-" + viewport);

        var email = Store.Tests.Accounts.Accounts.NewEmail("fixed-" + viewport);
        await shop.CreateCustomerAsync(email);
        var page = await browser.NewPageAsync(shop.BaseUrl, size, javaScript: false);
        await page.SignInAsync("/account/login", email, Store.Tests.Accounts.Accounts.Password);
        await page.GotoAsync("/products/creme-brulee-dish");
        await page.GetByLabel("Currency").SelectOptionAsync("EUR");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change currency" }).ClickAsync();
        // Fixed at 21.50, not 25.00 × 0.92 = 23.00.
        await Assertions.Expect(page.Locator(".price").First).ToContainTextAsync("21.50 EUR");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Added to your cart.")).ToBeVisibleAsync();
        await page.GotoAsync("/cart");
        await Assertions.Expect(page.Locator("[data-subtotal]")).ToHaveTextAsync("21.50 EUR");
        await page.GotoAsync("/checkout");
        await page.GetByLabel("Recipient's name").FillAsync("Ada Acheteuse");
        await page.GetByLabel("Street address").FillAsync("1 rue de la Paix");
        await page.GetByLabel("Postal code").FillAsync("75002");
        await page.GetByLabel("City", new() { Exact = true }).FillAsync("Paris");
        await page.GetByLabel("Country code").FillAsync("FR");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update shipping and tax for this address" }).ClickAsync();
        // 21.50 + shipping 4.90 × 0.92 = 4.51.
        await Assertions.Expect(page.Locator("[data-checkout-total]")).ToHaveTextAsync("26.01 EUR");
        await page.GetByRole(AriaRole.Button, new() { Name = "Place the order" }).ClickAsync();
        await Assertions.Expect(page.GetByText("26.01 EUR").First).ToBeVisibleAsync();
        await page.AssertNoHorizontalScrollAsync();
    }

    private async Task<int> ProductIdAsync(string slug)
    {
        await using var scope = shop.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StoreDbContext>().Set<Product>().Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync();
    }

    private async Task<string> MerchandiserAsync(string viewport)
    {
        var email = $"merch-prices-{viewport}-{Guid.NewGuid():n}@test.local";
        await using var scope = shop.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, StaffPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, StoreRoles.Merchandiser)).Succeeded);
        return email;
    }
}
