using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Store.Catalog.Contracts;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Catalog;

namespace Store.EndToEnd.Catalog;

/// <summary>A shopper picks a size and a colour: SKU, price, stock, picture and address follow; sold-out choices are marked and cannot be added; without JavaScript a plain list does the same.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VariantPickingTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    // A tee whose small red one is sold out; the variant ids by SKU, and the detail picture of each colour.
    private async Task<(Dictionary<string, int> Ids, Dictionary<string, string> Pictures)> TeeAsync(string prefix)
    {
        var tee = await VariantProducts.TeeAsync(shop.Services, prefix, stock: 2, pictures: true);
        await using var scope = shop.Services.CreateAsyncScope();
        var products = scope.ServiceProvider.GetRequiredService<ICatalogProducts>();
        var mine = await products.GetPublishedProductVariantsAsync(tee.Id, CancellationToken.None);
        Assert.True(await products.TryReserveAsync([new StockLine(mine.Single(v => v.Sku == $"{prefix}-S-Red").VariantId, 2)], CancellationToken.None));
        return (mine.ToDictionary(v => v.Sku, v => v.VariantId),
            mine.GroupBy(v => v.Options[1].Value).ToDictionary(g => g.Key, g => g.First().ImageUrl!.Replace("/media/thumb/", "/media/detail/", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Picking_options_updates_the_variant_without_a_reload(string viewport)
    {
        var prefix = viewport == "phone" ? "PHONE" : "DESK";
        var (ids, pictures) = await TeeAsync(prefix);
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);

        await page.GotoAsync($"/products/{prefix.ToLowerInvariant()}-tee");
        var sku = page.Locator("[data-variant-sku]");
        var main = page.Locator("[data-gallery-main]");
        var add = page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" });
        var colour = page.GetByRole(AriaRole.Group, new() { Name = "Colour" });
        var size = page.GetByRole(AriaRole.Group, new() { Name = "Size" });

        // The small red tee is sold out, so the page opens on the small blue one.
        await Assertions.Expect(sku).ToHaveTextAsync($"{prefix}-S-Blue");
        await Assertions.Expect(main).ToHaveAttributeAsync("src", pictures["Blue"]);
        await Assertions.Expect(page.Locator("#variant")).ToBeHiddenAsync();
        await Assertions.Expect(colour.GetByRole(AriaRole.Button, new() { Name = "Red" })).ToHaveClassAsync(new Regex("unavailable"));
        await Assertions.Expect(add).ToBeEnabledAsync();

        // Red in size S: marked, out of stock, cannot be added; the picture turns red.
        await colour.GetByRole(AriaRole.Button, new() { Name = "Red" }).ClickAsync();
        await Assertions.Expect(sku).ToHaveTextAsync($"{prefix}-S-Red");
        await Assertions.Expect(page.GetByText("Out of stock")).ToBeVisibleAsync();
        await Assertions.Expect(add).ToBeDisabledAsync();
        await Assertions.Expect(main).ToHaveAttributeAsync("src", pictures["Red"]);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"variant={ids[$"{prefix}-S-Red"]}$"));

        // Size L: red is there, at its own price, and can be added.
        await size.GetByRole(AriaRole.Button, new() { Name = "L" }).ClickAsync();
        await Assertions.Expect(sku).ToHaveTextAsync($"{prefix}-L-Red");
        await Assertions.Expect(page.Locator("[data-variant-price]")).ToHaveTextAsync("$17.00");
        await Assertions.Expect(page.GetByText("Only 2 left")).ToBeVisibleAsync();
        await Assertions.Expect(add).ToBeEnabledAsync();
        await Assertions.Expect(colour.GetByRole(AriaRole.Button, new() { Name = "Red" })).Not.ToHaveClassAsync(new Regex("unavailable"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"variant={ids[$"{prefix}-L-Red"]}$"));
        Assert.Equal(ids[$"{prefix}-L-Red"].ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("form[data-variant-form] input[type=hidden][name=variantId]").InputValueAsync());
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("variant-picked-" + viewport);

        // The shared address opens on the same variant.
        await page.ReloadAsync();
        await Assertions.Expect(sku).ToHaveTextAsync($"{prefix}-L-Red");
        await Assertions.Expect(main).ToHaveAttributeAsync("src", pictures["Red"]);
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Without_javascript_a_plain_list_of_variants_is_offered(string viewport)
    {
        var prefix = viewport == "phone" ? "NOJSP" : "NOJSD";
        var (ids, pictures) = await TeeAsync(prefix);
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop, javaScript: false);

        await page.GotoAsync($"/products/{prefix.ToLowerInvariant()}-tee");
        var list = page.GetByLabel("Choose Size / Colour");
        await Assertions.Expect(list).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-variant-pickers]")).ToBeHiddenAsync();
        await Assertions.Expect(list).ToHaveValueAsync(ids[$"{prefix}-S-Blue"].ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(list.Locator("option", new() { HasText = "S / Red" })).ToBeDisabledAsync();
        await Assertions.Expect(list.Locator("option", new() { HasText = "L / Blue — $17.00" })).ToBeEnabledAsync();
        Assert.Equal("variantId", await list.GetAttributeAsync("name"));
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("variant-plain-" + viewport);

        await page.GotoAsync($"/products/{prefix.ToLowerInvariant()}-tee?variant={ids[$"{prefix}-L-Blue"]}");
        await Assertions.Expect(page.Locator("[data-variant-sku]")).ToHaveTextAsync($"{prefix}-L-Blue");
        await Assertions.Expect(page.Locator("[data-variant-price]")).ToHaveTextAsync("$17.00");
        await Assertions.Expect(page.Locator("[data-gallery-main]")).ToHaveAttributeAsync("src", pictures["Blue"]);
    }
}
