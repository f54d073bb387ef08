using Microsoft.Playwright;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class AccountSecurityTests(Browser browser, ShopServer shop) : IClassFixture<ShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task A_shopper_sees_where_they_are_signed_in_and_signs_another_device_out(string viewport)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail("sessions-" + viewport);
        await shop.CreateCustomerAsync(email);
        var size = viewport == "phone" ? Browser.Phone : Browser.Desktop;
        var other = await SignedInAsync(await browser.NewPageAsync(shop.BaseUrl, size), email);
        var page = await SignedInAsync(await browser.NewPageAsync(shop.BaseUrl, size), email);

        await page.GotoAsync("/account");
        await page.GetByRole(AriaRole.Link, new() { Name = "Devices and sessions" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Devices and sessions" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".session-card")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".session-card").First).ToContainTextAsync("This device");
        await Assertions.Expect(page.Locator(".session-card").First).ToContainTextAsync("Chrome on Linux");
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("account-sessions-" + viewport);

        await page.Locator(".session-card").Nth(1).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The session has been signed out.");
        await Assertions.Expect(page.Locator(".session-card")).ToHaveCountAsync(1);
        await other.GotoAsync("/account");
        await Assertions.Expect(other.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out everywhere" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("You have been signed out on every device.");
        await page.AssertNoHorizontalScrollAsync();
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task An_administrator_reads_the_audit_log(string viewport)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail("audit-" + viewport);
        await shop.CreateCustomerAsync(email);
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);
        await page.SignInAsync("/admin/login", StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword);
        await page.GotoAsync("/admin/users?q=" + Uri.EscapeDataString(email));
        await page.GetByRole(AriaRole.Link, new() { Name = email }).ClickAsync();
        await page.GetByLabel("Translator").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save roles" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Roles saved.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit log" })).ToBeVisibleAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = email });
        await Assertions.Expect(row).ToContainTextAsync("Roles changed");
        await Assertions.Expect(row).ToContainTextAsync("added Translator");
        await Assertions.Expect(row).ToContainTextAsync(StoreAppFactory.AdminEmail);
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("admin-audit-" + viewport);
    }

    private static async Task<IPage> SignedInAsync(IPage page, string email)
    {
        await page.SignInAsync("/account/login", email, Store.Tests.Accounts.Accounts.Password);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account" })).ToBeVisibleAsync();
        return page;
    }
}
