using Microsoft.Playwright;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Payments;

/// <summary>A signed-in shopper with a placed, pending order for one Crème Brûlée Dish, on the order's page.</summary>
internal static class Checkout
{
    public static async Task<(IPage Page, string Number)> PendingOrderAsync(Browser browser, StoreAppFactory shop, string baseUrl, string viewport)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail(viewport);
        await shop.CreateCustomerAsync(email);
        var page = await browser.NewPageAsync(baseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);
        await page.SignInAsync("/account/login", email, Store.Tests.Accounts.Accounts.Password);
        await page.GotoAsync("/products/creme-brulee-dish");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your cart" })).ToBeVisibleAsync();
        await page.GotoAsync("/checkout");
        await page.GetByLabel("Recipient's name").FillAsync("Pat Payer");
        await page.GetByLabel("Street address").FillAsync("9 Quay Road");
        await page.GetByLabel("Postal code").FillAsync("69001");
        await page.GetByLabel("City", new() { Exact = true }).FillAsync("Lyon");
        await page.GetByLabel("Country code").FillAsync("FR");
        await page.GetByRole(AriaRole.Button, new() { Name = "Place the order" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Thank you: your order is placed.")).ToBeVisibleAsync();
        return (page, page.Url.Split('/')[^1].Split('?')[0]);
    }
}
