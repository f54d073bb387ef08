using Microsoft.Playwright;
using Store.EndToEnd.Catalog;
using Store.EndToEnd.Infrastructure;

namespace Store.EndToEnd.Payments;

/// <summary>Paying in a real browser with no Stripe keys: the offline provider's page, paying, and declining then paying.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OfflinePaymentJourneyTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task A_shopper_pays_through_the_offline_page(string viewport)
    {
        var (page, _) = await Checkout.PendingOrderAsync(browser, shop, shop.BaseUrl, viewport);

        await page.GetByRole(AriaRole.Button, new() { Name = "Pay now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Test payment" })).ToBeVisibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("offline-payment-" + viewport);
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-order-status]")).ToHaveTextAsync("Paid");
        await page.AssertNoHorizontalScrollAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "See the order" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-payment-state]")).ToHaveTextAsync("Paid");
        await Assertions.Expect(page.Locator("[data-order-pay]")).ToBeHiddenAsync();
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task A_shopper_declines_then_tries_again_and_pays(string viewport)
    {
        var (page, _) = await Checkout.PendingOrderAsync(browser, shop, shop.BaseUrl, viewport);

        await page.GetByRole(AriaRole.Button, new() { Name = "Pay now" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Decline" }).ClickAsync();
        await Assertions.Expect(page.GetByText("You declined the payment.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-payment-retry]")).ToContainTextAsync("held for you until");
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("payment-declined-" + viewport);
        await page.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-order-status]")).ToHaveTextAsync("Paid");
    }
}

/// <summary>
/// Paying through Stripe Checkout in a real browser, against the fake Stripe: the Pay button leads out to the
/// hosted page (the policy's form-action allows it), the test sends the signed webhook Stripe would, and the
/// success page turns to "Paid" with no reload.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StripePaymentJourneyTests(Browser browser, StripeShopServer shop) : IClassFixture<StripeShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Pay_on_stripes_page_and_the_success_page_turns_paid_when_the_webhook_lands(string viewport)
    {
        var (page, number) = await Checkout.PendingOrderAsync(browser, shop, shop.BaseUrl, viewport);

        await page.GetByRole(AriaRole.Button, new() { Name = "Pay now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fake Stripe Checkout" })).ToBeVisibleAsync();
        Assert.StartsWith(shop.Stripe.BaseUrl + "/pay/cs_test_", page.Url, StringComparison.Ordinal);

        // Stripe sends the shopper back to the success address before (or after) the webhook: here, before.
        await page.GotoAsync($"{shop.BaseUrl}/account/orders/{number}/payment/success");
        await Assertions.Expect(page.Locator("[data-order-status]")).ToHaveTextAsync("Pending");
        await page.EvaluateAsync("window.__sameDocument = true");
        await page.AssertNoHorizontalScrollAsync();

        await StripeWebhooks.PaidAsync(shop, number, viewport);

        await Assertions.Expect(page.Locator("[data-order-status]")).ToHaveTextAsync("Paid");
        Assert.True(await page.EvaluateAsync<bool>("window.__sameDocument === true"));
        await page.ScreenshotAsync("stripe-paid-" + viewport);
    }
}
