using Microsoft.Playwright;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Catalog;

/// <summary>Every catalog page a person sees, opened once at 390 px: it shows its heading and never scrolls sideways.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CatalogPagesAtPhoneWidthTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    [Fact]
    public async Task Shopper_pages_fit_a_phone()
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, Browser.Phone);

        foreach (var (url, heading) in new[] { ("/categories/kitchen", "Kitchen"), ("/products?q=zzz", "Shop"), ("/products?page=0", "Shop") })
        {
            await page.GotoAsync(url);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
            await page.AssertNoHorizontalScrollAsync();
        }

        await page.GotoAsync("/products?page=0");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("page must be a whole number from 1.");
    }

    [Fact]
    public async Task Merchandiser_pages_fit_a_phone()
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, Browser.Phone);
        await page.SignInAsync("/admin/login", StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();

        foreach (var (url, heading) in new[]
        {
            ("/admin/catalog/products", "Products"),
            ("/admin/catalog/products?status=draft", "Products"),
            ("/admin/catalog/categories", "Categories"),
            ("/admin/catalog/categories?edit=1", "Categories"),
            ("/admin/catalog/attributes", "Attributes"),
        })
        {
            await page.GotoAsync(url);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
            await page.AssertNoHorizontalScrollAsync();
        }

        // The draft's preview, as a shopper would see it, with the banner saying it is not public.
        await page.GotoAsync("/admin/catalog/products?status=draft");
        await page.GetByRole(AriaRole.Link, new() { Name = "Draft Secret Lamp" }).ClickAsync();
        var preview = await page.RunAndWaitForPopupAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Preview" }).ClickAsync());
        await Assertions.Expect(preview.GetByRole(AriaRole.Heading, new() { Name = "Draft Secret Lamp", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(preview.GetByText("Preview of a draft")).ToBeVisibleAsync();
        await preview.AssertNoHorizontalScrollAsync();
    }
}
