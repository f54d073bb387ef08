using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SkiaSharp;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Catalog;

[Collection(BrowserCollection.Name)]
public sealed class MerchandiserPublishingTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(400, 400);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SeaGreen);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Merchandiser_creates_a_product_with_an_image_and_publishes_it(string viewport)
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);
        await page.SignInAsync("/admin/login", StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword);

        await page.GetByRole(AriaRole.Link, new() { Name = "Products", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New product" }).ClickAsync();
        var name = "Linen Tea Towel " + viewport;
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("SKU").FillAsync("LTT-" + viewport);
        await page.GetByLabel("Price (USD)").FillAsync("12.50");
        await page.GetByLabel("Stock").FillAsync("20");
        await page.GetByLabel("Kitchen").CheckAsync();
        await page.GetByLabel("Colour").SelectOptionAsync("Blue");
        await page.GetByLabel("Add images").SetInputFilesAsync(new FilePayload { Name = "towel.png", MimeType = "image/png", Buffer = Png() });
        await page.AssertNoHorizontalScrollAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Saved and published.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".image-row img")).ToHaveCountAsync(1);
        await page.ScreenshotAsync("catalog-editor-" + viewport);

        var shopper = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);
        await shopper.GotoAsync("/products?q=linen+tea+towel+" + viewport);
        await shopper.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Assertions.Expect(shopper).ToHaveURLAsync(new Regex("/products/linen-tea-towel-" + viewport + "$"));
        await Assertions.Expect(shopper.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
        var loaded = await shopper.Locator("[data-gallery-main]").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0");
        Assert.True(loaded, "the uploaded image shows on the product page");
    }
}
