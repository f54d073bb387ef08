using Microsoft.Playwright;
using Store.EndToEnd.Catalog;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Security;

/// <summary>
/// Storefront, account and admin pages under the shop's Content-Security-Policy: the browser reports no
/// violation in its console, and the pages' own scripts still run (they are files, never inline).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    private static readonly string[] StorefrontPages = ["/", "/products", "/products?q=mug&sort=price_asc", "/categories/kitchen", "/products/red-mug", "/no-such-page"];
    private static readonly string[] AccountPages = ["/account", "/account/profile", "/account/password", "/account/addresses", "/account/addresses/new"];
    private static readonly string[] AdminPages = ["/admin", "/admin/catalog/products", "/admin/catalog/products/new", "/admin/catalog/categories", "/admin/catalog/attributes", "/admin/users", "/admin/orders", "/admin/reports"];

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Pages_raise_no_policy_violation_and_their_scripts_run(string viewport)
    {
        var size = viewport == "phone" ? Browser.Phone : Browser.Desktop;
        var email = Store.Tests.Accounts.Accounts.NewEmail("csp-" + viewport);
        await shop.CreateCustomerAsync(email);

        var shopper = await browser.NewPageAsync(shop.BaseUrl, size);
        var shopperProblems = Watch(shopper);
        foreach (var path in StorefrontPages.Concat(["/account/login", "/account/register", "/account/password/forgot"]))
        {
            await VisitAsync(shopper, path);
        }

        // catalog.js ran: it asked /session for the antiforgery token and put it in the add-to-cart form.
        await shopper.GotoAsync("/products/red-mug");
        await Assertions.Expect(shopper.Locator("form[data-antiforgery] input[name='__RequestVerificationToken']")).ToHaveCountAsync(1);

        await shopper.SignInAsync("/account/login", email, Store.Tests.Accounts.Accounts.Password);
        await shopper.WaitForURLAsync("**/account");
        foreach (var path in AccountPages)
        {
            await VisitAsync(shopper, path);
        }

        var admin = await browser.NewPageAsync(shop.BaseUrl, size);
        var adminProblems = Watch(admin);
        await admin.SignInAsync("/admin/login", StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword);
        await admin.WaitForURLAsync("**/admin");
        foreach (var path in AdminPages)
        {
            await VisitAsync(admin, path);
        }

        await admin.GotoAsync("/admin/catalog/products");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Red Mug" }).First.ClickAsync();
        await admin.WaitForURLAsync("**/admin/catalog/products/*");
        await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(shopperProblems);
        Assert.Empty(adminProblems);
    }

    private static async Task VisitAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        var policy = await response.HeaderValueAsync("content-security-policy");
        Assert.True(policy?.Contains("script-src 'self'", StringComparison.Ordinal) == true, $"{path} sent no script policy.");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    // Chromium writes every refused script, style, image or connection to the console as an error.
    private static List<string> Watch(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                problems.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{page.Url}: {error}");
        return problems;
    }
}
