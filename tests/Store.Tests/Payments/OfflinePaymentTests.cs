using System.Net;
using Store.Orders.Contracts;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Payments;

/// <summary>
/// With no Stripe keys the offline provider takes payments: the shop's own page where the shopper pays or
/// declines, then the same fulfilment as a Stripe event.
/// </summary>
public sealed class OfflinePaymentTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    private async Task<(HttpClient Browser, string Number, Item Item)> PendingAsync(string name, int stock = 10)
    {
        var item = await app.ProductAsync(name, 2500, stock);
        var (email, _, number) = await app.PendingOrderAsync(item, 1);
        return (await app.SignedInCustomerAsync(email), number, item);
    }

    /// <summary>Presses the order page's Pay button and answers where it led (the offline page).</summary>
    private static async Task<string> PressPayAsync(HttpClient browser, string number, string from = "")
    {
        var page = from.Length > 0 ? from : $"/account/orders/{number}";
        var response = await browser.SubmitAsync(page, new Dictionary<string, string>(), $"/account/orders/{number}/pay");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/payments/offline/offline_cs_", location, StringComparison.Ordinal);
        return location;
    }

    [Fact]
    public async Task A_shopper_pays_on_the_offline_page_and_the_order_is_paid()
    {
        var (browser, number, item) = await PendingAsync("Offline Teapot");
        var stock = await app.StockOfAsync(item);
        Assert.Contains("Pay now", await browser.GetStringAsync($"/account/orders/{number}"), StringComparison.Ordinal);

        var offline = await PressPayAsync(browser, number);
        var total = (await app.OrderRowAsync(number)).Total;
        Assert.Contains($"${total / 100}.{total % 100:00}", await browser.GetStringAsync(offline), StringComparison.Ordinal);
        var paid = await browser.SubmitAsync(offline, new Dictionary<string, string>(), offline + "/pay");

        Assert.Equal($"/account/orders/{number}/payment/success", paid.Headers.Location!.OriginalString);
        Assert.Contains("data-order-status>Paid<", await browser.GetStringAsync($"/account/orders/{number}/payment/success"), StringComparison.Ordinal);
        var order = await app.OrderRowAsync(number);
        Assert.Equal((OrderStatus.Paid, "offline", 1), (order.Status, order.PaymentProvider, order.PaidRows()));
        Assert.Equal(stock, await app.StockOfAsync(item));
        Assert.Contains("This payment page is closed", await browser.GetStringAsync(offline), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declining_leaves_the_order_payable_and_a_second_try_pays()
    {
        var (browser, number, _) = await PendingAsync("Declined Teapot");
        var first = await PressPayAsync(browser, number);

        var declined = await browser.SubmitAsync(first, new Dictionary<string, string>(), first + "/decline");
        Assert.Equal($"/account/orders/{number}/payment/cancel?declined=1", declined.Headers.Location!.OriginalString);
        var cancelPage = await browser.GetStringAsync(declined.Headers.Location!.OriginalString);
        Assert.Contains("You declined the payment.", cancelPage, StringComparison.Ordinal);
        Assert.Contains("Try again", cancelPage, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Pending, (await app.OrderRowAsync(number)).Status);

        var second = await PressPayAsync(browser, number, from: declined.Headers.Location!.OriginalString);
        Assert.NotEqual(first, second);
        await browser.SubmitAsync(second, new Dictionary<string, string>(), second + "/pay");

        Assert.Equal(OrderStatus.Paid, (await app.OrderRowAsync(number)).Status);
    }

    [Fact]
    public async Task Pay_pressed_five_times_at_once_fulfils_once()
    {
        var (browser, number, item) = await PendingAsync("Five Clicks Teapot", stock: 3);
        var stock = await app.StockOfAsync(item);
        var offline = await PressPayAsync(browser, number);
        var token = FormPost.TokenOf(await browser.GetStringAsync(offline));

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => browser.PostFormAsync(offline + "/pay", new Dictionary<string, string>(), token))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        var order = await app.OrderRowAsync(number);
        Assert.Equal((OrderStatus.Paid, 1), (order.Status, order.PaidRows()));
        Assert.Equal(stock, await app.StockOfAsync(item));
    }

    [Fact]
    public async Task The_cancel_page_says_when_the_hold_has_lapsed_and_pay_is_refused()
    {
        var (browser, number, _) = await PendingAsync("Lapsed Teapot");
        await PressPayAsync(browser, number);
        var token = FormPost.TokenOf(await browser.GetStringAsync($"/account/orders/{number}"));
        app.Time.Advance(TimeSpan.FromMinutes(31));

        var page = await browser.GetStringAsync($"/account/orders/{number}/payment/cancel");
        var pay = await browser.PostFormAsync($"/account/orders/{number}/pay", new Dictionary<string, string>(), token);

        Assert.Contains("The time to pay has run out", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Try again", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, pay.StatusCode);
    }

    [Fact]
    public async Task Another_shopper_cannot_see_or_use_the_offline_page()
    {
        var (browser, number, _) = await PendingAsync("Private Teapot");
        var offline = await PressPayAsync(browser, number);
        var email = Store.Tests.Accounts.Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var stranger = await app.SignedInCustomerAsync(email);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(offline)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/account/orders/{number}/payment/success")).StatusCode);
    }

    [Fact]
    public async Task Staff_refund_part_through_the_admin_page_and_the_shopper_sees_it()
    {
        var (browser, number, _) = await PendingAsync("Admin Refund Teapot");
        var offline = await PressPayAsync(browser, number);
        await browser.SubmitAsync(offline, new Dictionary<string, string>(), offline + "/pay");
        var admin = await app.SignedInAdminAsync();

        var page = $"/admin/orders/{number}/payment";
        var refunded = await admin.SubmitAsync(page, new Dictionary<string, string> { ["Amount"] = "4.50", ["Reason"] = "Chipped spout" }, page + "?handler=Refund");
        var bad = await admin.SubmitAsync(page, new Dictionary<string, string> { ["Amount"] = "abc" }, page + "?handler=Refund");

        Assert.Equal(HttpStatusCode.Redirect, refunded.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("$4.50", await admin.GetStringAsync(page), StringComparison.Ordinal); // in the admin's culture, English here
        var order = await app.OrderRowAsync(number);
        Assert.Equal((OrderStatus.Paid, 450L), (order.Status, order.RefundedAmount));
        var shopperPage = await browser.GetStringAsync($"/account/orders/{number}");
        Assert.Contains("Partially refunded: $4.50", shopperPage, StringComparison.Ordinal);
        Assert.Contains("Refunded 4.50 USD: Chipped spout", shopperPage, StringComparison.Ordinal);
    }
}
