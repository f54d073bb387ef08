using Microsoft.Playwright;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class UserAdminTests(Browser browser, ShopServer shop) : IClassFixture<ShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Admin_finds_a_customer_gives_a_role_and_locks_the_account(string viewport)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail("staff-" + viewport);
        var name = "Casey " + (viewport == "phone" ? "Phone" : "Desktop");
        await shop.CreateCustomerAsync(email, name: name);
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);
        await page.SignInAsync("/admin/login", StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword);

        await page.GetByRole(AriaRole.Link, new() { Name = "Users" }).First.ClickAsync();
        await page.GetByLabel("Search").FillAsync(name);
        await page.GetByLabel("Role").SelectOptionAsync("Customer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page.GetByText("1 user", new() { Exact = true })).ToBeVisibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("admin-users-" + viewport);

        await page.GetByRole(AriaRole.Link, new() { Name = email }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
        await page.GetByLabel("Merchandiser").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save roles" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Roles saved.");
        await Assertions.Expect(page.GetByLabel("Merchandiser")).ToBeCheckedAsync();

        await page.AssertNoHorizontalScrollAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lock" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The account is locked");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Unlock" })).ToBeVisibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("admin-user-" + viewport);
    }

    [Fact]
    public async Task Forgotten_password_pages_fit_a_phone()
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail("forgot");
        await shop.CreateCustomerAsync(email);
        var page = await browser.NewPageAsync(shop.BaseUrl, Browser.Phone);

        await page.GotoAsync("/account/login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("If an account uses this address");
        await page.AssertNoHorizontalScrollAsync();

        var mail = await shop.MailToAsync(email, "Reset your password");
        await page.GotoAsync(Store.Tests.Accounts.Accounts.LinkIn(mail, "/account/password/reset"));
        await page.GetByLabel("New password").FillAsync("Phone-reset-pass-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the new password" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Your password has been changed. Sign in with the new one.")).ToBeVisibleAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("Phone-reset-pass-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account" })).ToBeVisibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("account-after-reset-phone");
    }
}
