using Microsoft.Playwright;
using SkiaSharp;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Catalog;

/// <summary>
/// A merchandiser reorders a product's images in the editor with the move buttons (mouse, keyboard, phone)
/// or by dragging a row, and the new order is what the editor and the shop's gallery show after saving.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ImageOrderTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    private static readonly string[] Colours = ["Red", "Green", "Blue"];

    private static FilePayload Png(string colour, SKColor fill)
    {
        using var bitmap = new SKBitmap(400, 400);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(fill);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return new FilePayload { Name = colour.ToLowerInvariant() + ".png", MimeType = "image/png", Buffer = image.Encode(SKEncodedImageFormat.Png, 100).ToArray() };
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Merchandiser_moves_the_third_image_to_the_top_with_the_buttons_and_the_shop_shows_it_first(string viewport)
    {
        var size = viewport == "phone" ? Browser.Phone : Browser.Desktop;
        var page = await browser.NewPageAsync(shop.BaseUrl, size);
        var name = "Striped Cushion " + viewport;
        var keys = await CreateProductWithThreeImagesAsync(page, name, "SC-" + viewport);
        var rows = page.Locator(".image-row");

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move image 1 up" })).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move image 3 down" })).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move image 3 up" })).ToBeEnabledAsync();
        if (viewport == "phone")
        {
            await page.AssertNoHorizontalScrollAsync();
            foreach (var button in await rows.Locator("button").AllAsync())
            {
                var box = await button.BoundingBoxAsync();
                Assert.True(box is { Width: >= 44, Height: >= 44 }, $"a move button is {box?.Width}x{box?.Height}px, too small to tap");
            }
        }

        // First move from the keyboard, second with a click (a tap on the phone).
        await page.GetByRole(AriaRole.Button, new() { Name = "Move image 3 up" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move image 2 up" })).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Move image 2 up" }).ClickAsync();
        // The row is first now, so its "up" is disabled and focus stays in the row on its "down".
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move image 1 down" })).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move image 1 up" })).ToBeDisabledAsync();
        // What a screen reader announces (the status line after the list; the page has another for "Saved").
        await Assertions.Expect(page.Locator("[data-image-order] + [role=status]")).ToHaveTextAsync("Image moved to position 1 of 3.");
        await ExpectRowsAsync(page, ["Blue", "Red", "Green"]);
        if (viewport == "phone")
        {
            await page.AssertNoHorizontalScrollAsync();
        }

        await page.ScreenshotAsync("catalog-editor-image-order-" + viewport);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved and published.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await ExpectRowsAsync(page, ["Blue", "Red", "Green"]);
        Assert.Equal([keys[2], keys[0], keys[1]], await KeysAsync(page));

        await ExpectShopGalleryAsync(size, "striped-cushion-" + viewport, keys[2], ["Blue", "Red", "Green"]);
    }

    [Fact]
    public async Task Merchandiser_drags_the_third_image_to_the_top()
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, Browser.Desktop);
        var keys = await CreateProductWithThreeImagesAsync(page, "Woven Basket", "WB-1");
        var rows = page.Locator(".image-row");
        // All three rows in view, as a person drags between rows they see: Playwright's drag fails
        // when it has to scroll to the target with the mouse button held.
        await page.Locator(".image-rows").EvaluateAsync("list => list.scrollIntoView()");

        // Dropped on the top half of the first row: it goes before it.
        await rows.Nth(2).Locator(".image-drag-handle").DragToAsync(rows.Nth(0), new() { TargetPosition = new() { X = 40, Y = 4 } });
        await ExpectRowsAsync(page, ["Blue", "Red", "Green"]);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move image 1 up" })).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move image 3 down" })).ToBeDisabledAsync();

        // Dropped on the bottom half of the last row: it goes after it.
        var last = await rows.Nth(2).BoundingBoxAsync();
        await rows.Nth(0).Locator(".image-drag-handle").DragToAsync(rows.Nth(2), new() { TargetPosition = new() { X = 40, Y = last!.Height - 4 } });
        await ExpectRowsAsync(page, ["Red", "Green", "Blue"]);
        await rows.Nth(2).Locator(".image-drag-handle").DragToAsync(rows.Nth(0), new() { TargetPosition = new() { X = 40, Y = 4 } });
        await ExpectRowsAsync(page, ["Blue", "Red", "Green"]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved and published.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await ExpectRowsAsync(page, ["Blue", "Red", "Green"]);
        Assert.Equal([keys[2], keys[0], keys[1]], await KeysAsync(page));
        await ExpectShopGalleryAsync(Browser.Desktop, "woven-basket", keys[2], ["Blue", "Red", "Green"]);
    }

    [Fact]
    public async Task Without_javascript_the_typed_positions_still_set_the_order()
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, Browser.Desktop, javaScript: false);
        var keys = await CreateProductWithThreeImagesAsync(page, "Rattan Tray", "RT-1");
        var rows = page.Locator(".image-row");
        await Assertions.Expect(rows.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        await rows.Nth(0).GetByLabel("Position").FillAsync("2");
        await rows.Nth(1).GetByLabel("Position").FillAsync("3");
        await rows.Nth(2).GetByLabel("Position").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved and published.")).ToBeVisibleAsync();
        await ExpectRowsAsync(page, ["Blue", "Red", "Green"]);
        Assert.Equal([keys[2], keys[0], keys[1]], await KeysAsync(page));
        await ExpectShopGalleryAsync(Browser.Desktop, "rattan-tray", keys[2], ["Blue", "Red", "Green"]);
    }

    // Signs in, publishes a product with a red, a green and a blue image (in that order), names each
    // image by its colour in the alt text, and returns the image keys in that order.
    private async Task<string[]> CreateProductWithThreeImagesAsync(IPage page, string name, string sku)
    {
        await page.SignInAsync("/admin/login", StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();

        await page.GotoAsync("/admin/catalog/products/new");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("SKU").FillAsync(sku);
        await page.GetByLabel("Price (USD)").FillAsync("30");
        await page.GetByLabel("Stock").FillAsync("5");
        await page.GetByLabel("Add images").SetInputFilesAsync([Png("Red", SKColors.Red), Png("Green", SKColors.Green), Png("Blue", SKColors.Blue)]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved and published.")).ToBeVisibleAsync();

        var rows = page.Locator(".image-row");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        for (var i = 0; i < Colours.Length; i++)
        {
            await rows.Nth(i).GetByLabel("Alt text").FillAsync(Colours[i]);
        }

        var keys = await KeysAsync(page);
        Assert.Equal(3, keys.Distinct().Count());
        return keys;
    }

    private static Task<string[]> KeysAsync(IPage page) =>
        page.Locator(".image-row input[name$='.Key']").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)");

    // The rows show these alt texts top to bottom, and the Position numbers the form posts run 1, 2, 3.
    private static async Task ExpectRowsAsync(IPage page, string[] alts)
    {
        var rows = page.Locator(".image-row");
        for (var i = 0; i < alts.Length; i++)
        {
            await Assertions.Expect(rows.Nth(i).GetByLabel("Alt text")).ToHaveValueAsync(alts[i]);
            await Assertions.Expect(rows.Nth(i).GetByLabel("Position")).ToHaveValueAsync((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private async Task ExpectShopGalleryAsync(ViewportSize size, string slug, string firstKey, string[] alts)
    {
        var shopper = await browser.NewPageAsync(shop.BaseUrl, size);
        await shopper.GotoAsync("/products/" + slug);
        var main = shopper.Locator("[data-gallery-main]");
        await Assertions.Expect(main).ToHaveAttributeAsync("alt", alts[0]);
        Assert.EndsWith("/" + firstKey, await main.GetAttributeAsync("src"), StringComparison.Ordinal);
        // Each thumbnail is a link named by its place and its picture's alt text.
        Assert.Equal(alts.Select((alt, i) => $"Picture {i + 1}: {alt}"), await shopper.Locator(".gallery-thumbs img").EvaluateAllAsync<string[]>("images => images.map(i => i.alt)"));
    }
}
