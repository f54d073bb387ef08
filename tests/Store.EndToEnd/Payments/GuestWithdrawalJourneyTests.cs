using Microsoft.Playwright;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Payments;

/// <summary>
/// A guest buys without an account (paying through the fake Stripe), later withdraws from the contract through the
/// footer's two-step function and sees the receipt; staff find the request in the admin.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GuestWithdrawalJourneyTests(Browser browser, StripeShopServer shop) : IClassFixture<StripeShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task A_guest_buys_then_withdraws_in_two_steps_and_staff_see_it(string viewport)
    {
        var size = viewport == "phone" ? Browser.Phone : Browser.Desktop;
        var email = Store.Tests.Accounts.Accounts.NewEmail("guest-" + viewport);
        var page = await browser.NewPageAsync(shop.BaseUrl, size);
        await page.GotoAsync("/products/creme-brulee-dish");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your cart" })).ToBeVisibleAsync();
        await page.GotoAsync("/checkout");
        await Assertions.Expect(page.GetByText("You are ordering as a guest.")).ToBeVisibleAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Recipient's name").FillAsync("Gil Guest");
        await page.GetByLabel("Street address").FillAsync("4 Quai Guest");
        await page.GetByLabel("Postal code").FillAsync("69002");
        await page.GetByLabel("City", new() { Exact = true }).FillAsync("Lyon");
        await page.GetByLabel("Country code").FillAsync("FR");
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("guest-checkout-" + viewport);
        await page.GetByRole(AriaRole.Button, new() { Name = "Place the order" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Thank you: your order is placed.")).ToBeVisibleAsync();
        var orderLink = page.Url.Split('?')[0];
        Assert.Contains("/order/", orderLink, StringComparison.Ordinal);
        var number = (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync())!.Split(' ')[^1];

        await page.GetByRole(AriaRole.Button, new() { Name = "Pay now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fake Stripe Checkout" })).ToBeVisibleAsync();
        await page.GotoAsync(orderLink + "/payment/success");
        await Assertions.Expect(page.Locator("[data-order-status]")).ToHaveTextAsync("Pending");
        await StripeEvents.CompleteAsync(shop, number, "pi_e2e_guest-" + viewport);
        await Assertions.Expect(page.Locator("[data-order-status]")).ToHaveTextAsync("Paid");

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Withdraw from contract" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Withdraw from contract", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Order number").FillAsync(number);
        await page.GetByLabel("Email").FillAsync(email);
        await page.AssertNoHorizontalScrollAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw from contract" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confirm withdrawal", Level = 1 })).ToBeVisibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("withdrawal-confirm-" + viewport);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm withdrawal" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Withdrawal received" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-withdrawal-receipt]")).ToContainTextAsync($"for order {number} on {shop.Time.GetUtcNow().UtcDateTime:yyyy-MM-dd}");
        await Assertions.Expect(page.Locator("[data-withdrawal-receipt]")).ToContainTextAsync("UTC");
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("withdrawal-receipt-" + viewport);

        var admin = await browser.NewPageAsync(shop.BaseUrl, size);
        await admin.SignInAsync("/admin/login", StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword);
        await admin.WaitForURLAsync("**/admin");
        await admin.GotoAsync("/admin/returns");
        await admin.GetByRole(AriaRole.Link, new() { Name = number + "-R1" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Withdrawal " + number + "-R1" })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Approve" })).ToBeVisibleAsync();
        await admin.AssertNoHorizontalScrollAsync();
        await admin.ScreenshotAsync("admin-return-" + viewport);
    }
}
