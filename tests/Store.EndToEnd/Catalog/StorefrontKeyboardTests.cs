using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Store.EndToEnd.Infrastructure;

namespace Store.EndToEnd.Catalog;

/// <summary>The header's search box, the live filters and the gallery, used with the keyboard only, at desktop and phone widths.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StorefrontKeyboardTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    // Skip to content, the shop's name, the search box and its button, the header links and the language switcher,
    // then this one.
    private const int MaxTabsToSkipLink = 16;

    // A wait that includes a request to the shop: the machine running the suite may be loaded.
    private const float NetworkWait = 20_000;

    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Search_box_suggests_as_you_type_and_is_driven_by_arrow_keys(string viewport)
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, ViewportOf(viewport));
        await page.GotoAsync("/");

        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search products" });
        await box.FocusAsync();
        await page.Keyboard.TypeAsync("mug");
        var list = page.GetByRole(AriaRole.Listbox, new() { Name = "Suggestions" });
        await Assertions.Expect(list).ToBeVisibleAsync(new() { Timeout = NetworkWait });
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(list.GetByRole(AriaRole.Option, new() { Name = "Red Mug" })).ToBeVisibleAsync();
        await Assertions.Expect(list.GetByRole(AriaRole.Option, new() { Name = "Mugs — category" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("search-suggestions-" + viewport);

        // Down moves the highlight (aria-activedescendant) while focus stays in the box; Escape closes the list.
        await page.Keyboard.PressAsync("ArrowDown");
        var first = list.GetByRole(AriaRole.Option).First;
        await Assertions.Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-activedescendant", (await first.GetAttributeAsync("id"))!);
        await Assertions.Expect(box).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(list).ToBeHiddenAsync();
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "false");

        // Enter on a highlighted suggestion opens it.
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        var name = await list.GetByRole(AriaRole.Option).First.TextContentAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name!, new() { Timeout = NetworkWait });

        // Enter without a highlight searches, with nothing but the words in the address.
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Search products" }).FillAsync("mugs");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Search products" }).PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/products\\?q=mugs$"));
        await Assertions.Expect(page.Locator("[data-results]").GetByText("4 products")).ToBeVisibleAsync();
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Without_javascript_the_search_box_and_filters_are_plain_forms_with_clean_addresses(string viewport)
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, ViewportOf(viewport), javaScript: false);
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search products" }).FillAsync("mug");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search products" }).PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/products\\?q=mug$"));

        await page.GetByLabel("In stock only").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/products\\?q=mug&in_stock=true$"));
        await Assertions.Expect(page.Locator("[data-results]").GetByText("3 products")).ToBeVisibleAsync();
        await page.AssertNoHorizontalScrollAsync();
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Filters_update_in_place_keep_focus_announce_the_count_and_follow_back_and_forward(string viewport)
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, ViewportOf(viewport));
        await page.GotoAsync("/products?q=mug");
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.EvaluateAsync("() => window.notReloaded = true");

        // The skip link comes right after the header's links and lands on the results.
        var presses = 0;
        while (presses++ < MaxTabsToSkipLink && await page.EvaluateAsync<string>("() => document.activeElement?.textContent?.trim() ?? ''") != "Skip to results")
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to results" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#results")).ToBeFocusedAsync();

        // On a phone the filters sit in a drawer that stays open while boxes are ticked.
        var drawer = page.Locator("[data-filter-more]");
        if (!await drawer.EvaluateAsync<bool>("d => d.open"))
        {
            await page.Locator("[data-filter-summary]").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
        }

        await page.GetByLabel("In stock only").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/products\\?q=mug&in_stock=true$"));
        await Assertions.Expect(page.Locator("[data-results-status]")).ToHaveTextAsync(new Regex("^3 products"));
        await Assertions.Expect(page.GetByLabel("In stock only")).ToBeFocusedAsync();
        Assert.True(await drawer.EvaluateAsync<bool>("d => d.open"), "the filter drawer stays open");

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Red (1)" }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("in_stock=true&attr.colour=Red$"));
        await Assertions.Expect(page.Locator("[data-results-status]")).ToHaveTextAsync(new Regex("^1 product"));
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Red (1)" })).ToBeFocusedAsync();
        await page.ScreenshotAsync("catalog-live-filters-" + viewport);

        // A chip removes its filter, in place.
        var chip = page.GetByRole(AriaRole.Link, new() { Name = "Remove filter Availability: In stock only" });
        await chip.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/products\\?q=mug&attr.colour=Red$"));
        await Assertions.Expect(page.Locator("[data-results-status]")).ToHaveTextAsync(new Regex("^1 product"));
        await Assertions.Expect(page.GetByLabel("In stock only")).Not.ToBeCheckedAsync();

        // Back and forward walk the same addresses and show their results.
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("in_stock=true&attr.colour=Red$"));
        await Assertions.Expect(page.GetByLabel("In stock only")).ToBeCheckedAsync();
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/products\\?q=mug&in_stock=true$"));
        await Assertions.Expect(page.Locator("[data-results] .result-count")).ToHaveTextAsync(new Regex("^3 products"));
        await page.GoForwardAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("attr.colour=Red$"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the page never reloaded");
        await page.AssertNoHorizontalScrollAsync();
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Gallery_marks_the_shown_picture_and_zooms_by_keyboard(string viewport)
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, ViewportOf(viewport));
        await page.GotoAsync("/products/red-mug");
        await page.WaitForLoadStateAsync(LoadState.Load);

        // The main picture is not a link to a raw image file.
        await Assertions.Expect(page.Locator(".gallery a:has([data-gallery-main])")).ToHaveCountAsync(0);
        var thumbs = page.Locator("[data-gallery-thumb]");
        await Assertions.Expect(thumbs.Nth(0)).ToHaveAttributeAsync("aria-current", "true");

        await thumbs.Nth(1).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(thumbs.Nth(1)).ToHaveAttributeAsync("aria-current", "true");
        await Assertions.Expect(thumbs.Nth(0)).Not.ToHaveAttributeAsync("aria-current", "true");
        await Assertions.Expect(page.Locator("[data-gallery-main]")).ToHaveAttributeAsync("alt", "The red mug from above");

        var zoom = page.GetByRole(AriaRole.Button, new() { Name = "Zoom" });
        await zoom.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        var big = dialog.Locator("[data-lightbox-image]");
        await Assertions.Expect(big).ToHaveAttributeAsync("alt", "The red mug from above");
        await page.ScreenshotAsync("product-lightbox-" + viewport);
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(big).ToHaveAttributeAsync("alt", "A red mug");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(zoom).ToBeFocusedAsync();

        if (viewport == "phone")
        {
            // A tap on the picture opens the same view; the Close button closes it.
            await page.Locator("[data-gallery-main]").TapAsync();
            await Assertions.Expect(dialog).ToBeVisibleAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Close" }).TapAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
        }

        // Related products: the other mugs of the same category.
        var related = page.GetByRole(AriaRole.Region, new() { Name = "You may also like" });
        await Assertions.Expect(related.GetByRole(AriaRole.Link, new() { Name = "Blue Mug" })).ToBeVisibleAsync();
        await Assertions.Expect(related.GetByRole(AriaRole.Link, new() { Name = "Red Mug" })).ToHaveCountAsync(0);
        await page.AssertNoHorizontalScrollAsync();
    }

    [Fact]
    public async Task Without_javascript_a_thumbnail_shows_its_picture_marked_current()
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, Browser.Desktop, javaScript: false);
        await page.GotoAsync("/products/red-mug");

        await page.Locator("[data-gallery-thumb]").Nth(1).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/products/red-mug\\?image=2$"));
        await Assertions.Expect(page.Locator("[data-gallery-thumb]").Nth(1)).ToHaveAttributeAsync("aria-current", "true");
        await Assertions.Expect(page.Locator("[data-gallery-main]")).ToHaveAttributeAsync("alt", "The red mug from above");
    }

    private static ViewportSize ViewportOf(string viewport) => viewport == "phone" ? Browser.Phone : Browser.Desktop;
}
