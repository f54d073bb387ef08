using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Content;

/// <summary>What a shopper sees of the home page, a content page and the category menu, and a merchandiser of a delete confirmation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StorefrontContentTests(Browser browser, ContentShopServer shop) : IClassFixture<ContentShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    private Task<IPage> OpenAsync(string viewport) => browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task The_home_page_shows_the_hero_featured_products_and_category_tiles(string viewport)
    {
        var page = await OpenAsync(viewport);
        await page.GotoAsync("/");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mugs for every morning" })).ToBeVisibleAsync();
        var hero = page.GetByRole(AriaRole.Region, new() { Name = "Mugs for every morning" }).GetByRole(AriaRole.Img, new() { Name = "A red mug" });
        await Assertions.Expect(hero).ToBeVisibleAsync();
        Assert.True(await hero.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the hero picture loads");
        var featured = page.GetByRole(AriaRole.Region, new() { Name = "Picked for you" });
        await Assertions.Expect(featured.GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
        await Assertions.Expect(featured.GetByRole(AriaRole.Link).First).ToContainTextAsync("Blue Mug");
        var tiles = page.GetByRole(AriaRole.Region, new() { Name = "Browse the shop" });
        await Assertions.Expect(tiles.GetByRole(AriaRole.Link, new() { Name = "Kitchen" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Bargains" }).GetByText("Red Mug")).ToBeVisibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("home-sections-" + viewport);

        await page.GetByRole(AriaRole.Link, new() { Name = "Shop mugs" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/categories/mugs$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = "Home" })).ToBeVisibleAsync();
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task A_content_page_is_reached_from_the_footer_menu(string viewport)
    {
        var page = await OpenAsync(viewport);
        await page.GotoAsync("/products");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Footer" }).GetByRole(AriaRole.Link, new() { Name = "About us" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/pages/about$"));
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^About the mug shop · "));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "About us", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".prose strong")).ToHaveTextAsync("good mugs");
        var crumbs = page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" });
        await Assertions.Expect(crumbs.GetByRole(AriaRole.Link, new() { Name = "Home" })).ToBeVisibleAsync();
        await Assertions.Expect(crumbs.Locator("[aria-current=page]")).ToHaveTextAsync("About us");
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("content-page-" + viewport);
    }

    [Fact]
    public async Task On_a_phone_the_category_menu_is_a_drawer_opened_by_the_menu_button()
    {
        var page = await OpenAsync("phone");
        await page.GotoAsync("/products");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Shop by category" });
        var toggle = menu.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        var kitchen = menu.GetByRole(AriaRole.Link, new() { Name = "Kitchen", Exact = true });

        await Assertions.Expect(toggle).ToBeVisibleAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(kitchen).ToBeHiddenAsync();

        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(kitchen).ToBeVisibleAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Mugs" })).ToBeVisibleAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "About" })).ToBeVisibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("category-drawer-phone");

        // Escape closes it and gives focus back to the button; the keyboard reaches the links in order.
        await kitchen.FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(toggle).ToBeFocusedAsync();
        await Assertions.Expect(kitchen).ToBeHiddenAsync();

        await toggle.ClickAsync();
        await menu.GetByRole(AriaRole.Link, new() { Name = "Mugs" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/categories/mugs$"));
    }

    [Fact]
    public async Task On_a_desktop_the_categories_are_in_the_header_and_subcategories_open_on_focus()
    {
        var page = await OpenAsync("desktop");
        await page.GotoAsync("/pages/about");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Shop by category" });

        await Assertions.Expect(menu.GetByRole(AriaRole.Button, new() { Name = "Menu" })).ToBeHiddenAsync();
        var kitchen = menu.GetByRole(AriaRole.Link, new() { Name = "Kitchen", Exact = true });
        await Assertions.Expect(kitchen).ToBeVisibleAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Mugs" })).ToBeHiddenAsync();
        await kitchen.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Mugs" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/categories/mugs$"));
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Deleting_a_category_asks_on_a_page_that_says_what_will_go(string viewport)
    {
        var page = await OpenAsync(viewport);
        await page.SignInAsync("/admin/login", StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword);
        await page.GotoAsync("/admin/catalog/categories");
        var name = "Sale " + viewport;
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).First.ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Delete " + name }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Delete the category \u201c{name}\u201d?" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("No product is in it.")).ToBeVisibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("confirm-delete-category-" + viewport);

        await page.GetByRole(AriaRole.Link, new() { Name = "Cancel, keep it" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Delete " + name })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Delete " + name }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete the category" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Category deleted.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Delete " + name })).ToHaveCountAsync(0);
    }
}
