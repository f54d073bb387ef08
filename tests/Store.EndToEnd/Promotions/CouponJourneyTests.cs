using System.Net.Http.Json;
using Microsoft.Playwright;
using Store.EndToEnd.Infrastructure;
using Store.EndToEnd.Orders;
using Store.EndToEnd.Payments;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Promotions;

/// <summary>
/// A shopper enters a code in the cart and sees the discount line and the new total, checks out, pays on Stripe's
/// page (the fake Stripe, which is asked for the discounted total), and the merchandiser then finds the use in the
/// coupon's usage report and the discount line on the admin's order detail; desktop and phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CouponJourneyTests(Browser browser, StripeShopServer shop) : IClassFixture<StripeShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task A_shopper_pays_less_with_a_code_and_the_merchandiser_sees_its_use(string viewport)
    {
        // Codes are shop-wide and both viewports share the shop: one code each.
        var code = $"E2E-{viewport}-{Guid.NewGuid().ToString("n")[..6]}".ToUpperInvariant();
        using (var merchandiser = await PaidOrders.BearerAsync(shop, StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword))
        {
            var made = await merchandiser.PostAsJsonAsync("/api/v1/admin/coupons", new { code, description = "20 % off", kind = "percentage", percent = 20, active = true });
            Assert.True(made.IsSuccessStatusCode, await made.Content.ReadAsStringAsync());
        }

        var page = await Checkout.CartWithDishAsync(browser, shop, shop.BaseUrl, viewport);
        // 25.00 and 5.00 shipping (free only from 50.00 of goods).
        await Assertions.Expect(page.Locator("[data-total]")).ToHaveTextAsync("$30.00");

        await page.GetByLabel("Discount code").FillAsync(code.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-discount=\"coupon\"]")).ToHaveTextAsync($"Code {code}: 20 % off");
        await Assertions.Expect(page.Locator("[data-discount-amount]")).ToHaveTextAsync("−$5.00");
        await Assertions.Expect(page.Locator("[data-total]")).ToHaveTextAsync("$25.00");
        await Assertions.Expect(page.Locator("[data-coupon-code]")).ToHaveTextAsync(code);
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("coupon-cart-" + viewport);

        await page.GetByRole(AriaRole.Link, new() { Name = "Check out" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-checkout-discount=\"coupon\"]")).ToHaveTextAsync($"Code {code}: 20 % off");
        var number = await Checkout.PlaceAsync(page, "Pat Saver");
        await Assertions.Expect(page.Locator("[data-order-discount=\"coupon\"]")).ToHaveTextAsync($"Code {code}: 20 % off");

        await page.GetByRole(AriaRole.Button, new() { Name = "Pay now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fake Stripe Checkout" })).ToBeVisibleAsync();
        Assert.Equal(2500L, (long)shop.Stripe.SessionOf(number)["amount_total"]!);
        await StripeEvents.CompleteAsync(shop, number, "pi_coupon_" + viewport);
        await page.GotoAsync($"{shop.BaseUrl}/account/orders/{number}/payment/success");
        await Assertions.Expect(page.Locator("[data-order-status]")).ToHaveTextAsync("Paid");

        var staff = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);
        await staff.SignInAsync("/admin/login", StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword);
        await staff.GotoAsync("/admin/coupons");
        await staff.GetByRole(AriaRole.Link, new() { Name = code, Exact = true }).ClickAsync();

        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Usage of " + code })).ToBeVisibleAsync();
        await Assertions.Expect(staff.Locator("[data-usage-summary]")).ToHaveTextAsync("1 order, $5.00 given.");
        await staff.AssertNoHorizontalScrollAsync();
        await staff.ScreenshotAsync("coupon-usage-" + viewport);
        await staff.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();

        await Assertions.Expect(staff.Locator("#order-status")).ToHaveTextAsync("Paid");
        var discount = staff.Locator("tr[data-order-discount=\"coupon\"]");
        await Assertions.Expect(discount).ToContainTextAsync($"Code {code}: 20 % off");
        await Assertions.Expect(discount).ToContainTextAsync("−$5.00");
        await Assertions.Expect(staff.Locator("#order-total")).ToHaveTextAsync("$25.00");
        await staff.AssertNoHorizontalScrollAsync();
        await staff.ScreenshotAsync("coupon-order-admin-" + viewport);
    }
}
