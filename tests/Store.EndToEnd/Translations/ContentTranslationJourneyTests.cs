using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Store.Catalog.Products;
using Store.Core.Data;
using Store.Core.Security;
using Store.EndToEnd.Catalog;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;

namespace Store.EndToEnd.Translations;

/// <summary>
/// A translator gives a product a French name in the admin (a too long one is refused first), and a French shopper
/// finds it by that name and reads it on the list and the product page. Desktop and 390 px, axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentTranslationJourneyTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task A_translator_translates_a_product_name_and_a_French_shopper_sees_it(string viewport)
    {
        var size = viewport == "phone" ? Browser.Phone : Browser.Desktop;
        int id;
        await using (var scope = shop.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<StoreDbContext>().Set<Product>().Where(p => p.Slug == "garden-hose").Select(p => p.Id).SingleAsync();
        }

        var translator = $"ct-{viewport}-{Guid.NewGuid().ToString("n")[..6]}@example.com";
        await shop.CreateCustomerAsync(translator);
        await shop.WithUsersAsync(async users => (await users.AddToRoleAsync((await users.FindByEmailAsync(translator))!, StoreRoles.Translator)).Succeeded);
        var admin = await browser.NewPageAsync(shop.BaseUrl, size);
        await admin.SignInAsync("/admin/login", translator, Store.Tests.Accounts.Accounts.Password);
        await admin.GotoAsync($"/admin/catalog/translations/products/{id}");
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Translations of Garden Hose", Level = 1 })).ToBeVisibleAsync();
        var french = admin.Locator("#culture-fr");

        // Too long: refused beside the field, nothing saved.
        await french.GetByLabel("Name", new() { Exact = true }).EvaluateAsync("e => e.removeAttribute('maxlength')");
        await french.GetByLabel("Name", new() { Exact = true }).FillAsync(new string('x', 201));
        await french.GetByRole(AriaRole.Button, new() { Name = "Save fr translation" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was saved");
        await Assertions.Expect(admin.Locator("#culture-fr")).ToContainTextAsync("Use at most 200 characters.");

        var name = viewport == "phone" ? "Tuyau souple" : "Tuyau d'arrosage";
        await admin.Locator("#culture-fr").GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await admin.Locator("#culture-fr").GetByRole(AriaRole.Button, new() { Name = "Save fr translation" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("was saved");
        await admin.AssertNoHorizontalScrollAsync();
        Assert.Empty(await admin.SeriousViolationsAsync($"{viewport} content translations"));
        await admin.ScreenshotAsync("content-translations-" + viewport);

        var shopper = await browser.NewPageAsync(shop.BaseUrl, size, javaScript: false);
        await shopper.GotoAsync("/products?culture=fr&q=tuyau");
        await Assertions.Expect(shopper.GetByRole(AriaRole.Link, new() { Name = name }).First).ToBeVisibleAsync();
        await shopper.AssertNoHorizontalScrollAsync();
        await shopper.GotoAsync("/products/garden-hose?culture=fr");
        await Assertions.Expect(shopper.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await shopper.AssertNoHorizontalScrollAsync();
        await shopper.GotoAsync("/products/garden-hose?culture=en");
        await Assertions.Expect(shopper.GetByRole(AriaRole.Heading, new() { Name = "Garden Hose", Level = 1 })).ToBeVisibleAsync();
    }
}
