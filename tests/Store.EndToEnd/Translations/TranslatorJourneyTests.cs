using Microsoft.Playwright;
using Store.Core.Security;
using Store.EndToEnd.Catalog;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;

namespace Store.EndToEnd.Translations;

/// <summary>
/// A shop adds German, for which it ships no translation: a translator finds a string German shoppers read in
/// English, translates it in the admin, and a German shopper's cart shows it at once; the translator then empties
/// it, back to the shipped (missing) state. Desktop and 390 px, axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TranslatorJourneyTests(Browser browser, TranslatorJourneyTests.NewLanguageShopServer shop) : IClassFixture<TranslatorJourneyTests.NewLanguageShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    /// <summary>The catalog shop with German added to its languages: every German string is missing until translated.</summary>
    public sealed class NewLanguageShopServer : CatalogShopServer
    {
        public NewLanguageShopServer() => Setting("Localization:Cultures:2", "de");
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task A_translator_fixes_a_missing_string_and_French_shoppers_read_it(string viewport)
    {
        var size = viewport == "phone" ? Browser.Phone : Browser.Desktop;
        var shopper = await browser.NewPageAsync(shop.BaseUrl, size, javaScript: false);
        await shopper.GotoAsync("/de/products/creme-brulee-dish");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await shopper.GotoAsync("/de/cart");
        await Assertions.Expect(shopper.GetByLabel("Discount code")).ToBeVisibleAsync();

        var translator = $"tr-{viewport}-{Guid.NewGuid().ToString("n")[..6]}@example.com";
        await shop.CreateCustomerAsync(translator);
        await shop.WithUsersAsync(async users => (await users.AddToRoleAsync((await users.FindByEmailAsync(translator))!, StoreRoles.Translator)).Succeeded);
        var admin = await browser.NewPageAsync(shop.BaseUrl, size);
        await admin.SignInAsync("/admin/login", translator, Store.Tests.Accounts.Accounts.Password);
        await admin.GotoAsync("/admin/translations?culture=de");
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Translations: de", Level = 1 })).ToBeVisibleAsync();
        await admin.AssertNoHorizontalScrollAsync();
        Assert.Empty(await admin.SeriousViolationsAsync($"{viewport} translation coverage"));
        await admin.ScreenshotAsync("translations-coverage-" + viewport);

        await admin.GetByRole(AriaRole.Link, new() { Name = "missing in Cart" }).ClickAsync();
        var strings = admin.GetByRole(AriaRole.Region, new() { Name = "Strings" });
        await Assertions.Expect(strings).ToContainTextAsync("Discount code");
        await admin.AssertNoHorizontalScrollAsync();
        Assert.Empty(await admin.SeriousViolationsAsync($"{viewport} missing strings"));
        await admin.ScreenshotAsync("translations-strings-" + viewport);

        await strings.GetByRole(AriaRole.Link, new() { Name = "Discount code", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Views/Cart/Index.liquid:", new() { Exact = false }).First).ToBeVisibleAsync();
        // A placeholder or tag the source does not have is refused, and nothing changes.
        await admin.GetByLabel("Translation").FillAsync("Rabatt<b>code</b>");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save translation" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("markup differs from the source");
        await admin.GetByLabel("Translation").FillAsync("Rabattcode");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save translation" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");
        await admin.AssertNoHorizontalScrollAsync();
        Assert.Empty(await admin.SeriousViolationsAsync($"{viewport} string editor"));
        await admin.ScreenshotAsync("translations-edit-" + viewport);

        await shopper.GotoAsync("/de/cart");
        await Assertions.Expect(shopper.GetByLabel("Rabattcode")).ToBeVisibleAsync();
        await shopper.AssertNoHorizontalScrollAsync();

        await admin.GotoAsync("/admin/translations/history?culture=de");
        await Assertions.Expect(admin.GetByRole(AriaRole.Region, new() { Name = "Translation history" })).ToContainTextAsync(translator);
        Assert.Empty(await admin.SeriousViolationsAsync($"{viewport} translation history"));

        // Emptied, the string goes back to the shipped file (untranslated), so the other viewport starts the same.
        await admin.GotoAsync("/admin/translations/edit?culture=de&id=Discount%20code");
        await admin.GetByLabel("Translation").FillAsync(string.Empty);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save translation" }).ClickAsync();
        await shopper.GotoAsync("/de/cart");
        await Assertions.Expect(shopper.GetByLabel("Discount code")).ToBeVisibleAsync();
    }
}
