using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;

namespace Store.EndToEnd.Accounts;

[Collection(BrowserCollection.Name)]
public sealed partial class AccountJourneyTests(Browser browser, ShopServer shop) : IClassFixture<ShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Register_confirm_sign_in_edit_profile_add_address_change_password_sign_out(string viewport)
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);
        var email = Store.Tests.Accounts.Accounts.NewEmail(viewport);
        const string password = "Journey-pass-1";

        // Register: a mistake first, shown beside the field, then the real thing.
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Your name").FillAsync("Jo Journey");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Password-error")).ToContainTextAsync("at least 10 characters");
        await Assertions.Expect(page.GetByLabel("Email")).ToHaveValueAsync(email);
        await page.AssertNoHorizontalScrollAsync();
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox" })).ToBeVisibleAsync();

        // Confirm through the link of the email the shop wrote.
        var mail = await shop.MailToAsync(email, "Confirm your email address");
        await page.GotoAsync(Store.Tests.Accounts.Accounts.LinkIn(mail, "/account/confirm"));
        await Assertions.Expect(page.GetByText("Your email address is confirmed.")).ToBeVisibleAsync();

        // Sign in, sent from a protected page and brought back to it.
        await page.GotoAsync("/account/profile");
        await Assertions.Expect(page).ToHaveURLAsync(LoginUrl());
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Name and email" })).ToBeVisibleAsync();

        await page.GetByLabel("Your name").FillAsync("Jo Renamed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your profile is saved.");
        // The header's account link shows the new name (fetched from /session) and fits the viewport.
        await Assertions.Expect(page.Locator("[data-account-link]")).ToHaveTextAsync("Jo Renamed");
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("account-profile-" + viewport);

        // An address: the first one becomes the default.
        await page.GotoAsync("/account/addresses/new");
        await page.GetByLabel("Recipient's name").FillAsync("Jo Renamed");
        await page.GetByLabel("Street address").FillAsync("5 Harbour Street");
        await page.GetByLabel("Postal code").FillAsync("EH1 1AA");
        await page.GetByLabel("City", new() { Exact = true }).FillAsync("Edinburgh");
        await page.GetByLabel("Country code").FillAsync("GB");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the address" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Shipping addresses" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".address-card")).ToContainTextAsync("5 Harbour Street");
        await Assertions.Expect(page.Locator(".address-card .badge")).ToHaveTextAsync("Default");
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("account-addresses-" + viewport);

        await page.GotoAsync("/account/password");
        await page.GetByLabel("Current password").FillAsync(password);
        await page.GetByLabel("New password").FillAsync("Journey-pass-2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password has been changed.");

        await page.GotoAsync("/account");
        await Assertions.Expect(page.GetByText("Jo Renamed · " + email)).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync("/account");
        await Assertions.Expect(page).ToHaveURLAsync(LoginUrl());

        // The new password is the one that works now.
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("Journey-pass-2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account" })).ToBeVisibleAsync();
    }

    [GeneratedRegex("/account/login\\?ReturnUrl=")]
    private static partial Regex LoginUrl();
}
