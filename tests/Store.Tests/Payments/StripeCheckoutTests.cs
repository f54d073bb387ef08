using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Store.Orders.Contracts;
using Store.Tests.Orders;

namespace Store.Tests.Payments;

/// <summary>Stripe Checkout from a pending order: what the session is made of, and that a retry never makes a second one.</summary>
public sealed class StripeCheckoutTests(PaymentsAppFactory app) : IClassFixture<PaymentsAppFactory>
{
    [Fact]
    public async Task The_session_is_priced_from_the_order_and_a_retry_reuses_it()
    {
        var teapot = await app.ProductAsync("Blue Teapot", 1250, 10);
        var (email, api, number) = await app.PendingOrderAsync(teapot, 2);
        var order = await app.OrderRowAsync(number);

        var first = await api.StartPaymentAsync(number);
        var again = await api.StartPaymentAsync(number);

        var call = Assert.Single(app.Stripe.CallsTo("/v1/checkout/sessions"), c => c.Form["client_reference_id"] == number);
        Assert.Equal($"checkout-{number}-1", call.IdempotencyKey);
        var f = call.Form;
        Assert.Equal(("Blue Teapot", "1250", "2", "usd"), (f["line_items[0][price_data][product_data][name]"], f["line_items[0][price_data][unit_amount]"], f["line_items[0][quantity]"], f["line_items[0][price_data][currency]"]));
        if (order.Shipping > 0)
        {
            Assert.Equal(("Shipping", order.Shipping.ToString(), "1"), (f["line_items[1][price_data][product_data][name]"], f["line_items[1][price_data][unit_amount]"], f["line_items[1][quantity]"]));
        }

        Assert.Equal(order.Total, (long)app.Stripe.SessionOf(number)["amount_total"]!);
        Assert.Equal(("usd", email, number, "payment"), (f["currency"], f["customer_email"], f["metadata[order_number]"], f["mode"]));
        Assert.EndsWith($"/account/orders/{number}/payment/success", f["success_url"], StringComparison.Ordinal);
        Assert.EndsWith($"/account/orders/{number}/payment/cancel", f["cancel_url"], StringComparison.Ordinal);
        // The hold ends 30 minutes after placing, just under Stripe's minimum: moved up past 31 minutes from now, to whole 5 minutes.
        var expires = long.Parse(f["expires_at"]);
        Assert.InRange(expires, app.Time.GetUtcNow().AddMinutes(31).ToUnixTimeSeconds(), app.Time.GetUtcNow().AddMinutes(36).ToUnixTimeSeconds());
        Assert.Equal(0, expires % 300);
        var url = first.GetProperty("url").GetString()!;
        Assert.StartsWith(app.Stripe.BaseUrl + "/pay/cs_test_", url, StringComparison.Ordinal);
        Assert.Equal(url, again.GetProperty("url").GetString());
        Assert.Equal(first.GetProperty("sessionId").GetString(), (await app.OrderRowAsync(number)).PaymentSessionId);
    }

    [Fact]
    public async Task Pay_clicked_five_times_at_once_makes_one_session()
    {
        var mug = await app.ProductAsync("Race Mug", 800, 10);
        var (_, api, number) = await app.PendingOrderAsync(mug, 1);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => api.PostAsync($"/api/v1/orders/{number}/payment", null))));

        var urls = await Task.WhenAll(answers.Select(async a => (await a.OkJsonAsync()).GetProperty("url").GetString()));
        Assert.Single(urls.Distinct());
        // Every call Stripe saw carried the one key, so Stripe made one session.
        Assert.Single(app.Stripe.CallsTo("/v1/checkout/sessions").Where(c => c.Form["client_reference_id"] == number).Select(c => c.IdempotencyKey).Distinct());
        Assert.Single(app.Stripe.CallsTo("/v1/checkout/sessions").Where(c => c.Form["client_reference_id"] == number).Select(c => c.Form["expires_at"]).Distinct());
    }

    [Fact]
    public async Task Only_the_owner_may_pay_and_only_while_pending()
    {
        var vase = await app.ProductAsync("Owner Vase", 500, 10);
        var (_, api, number) = await app.PendingOrderAsync(vase, 1);
        var (_, stranger) = await app.ApiShopperAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/orders/{number}/payment", null)).StatusCode);
        await (await api.PostAsync($"/api/v1/orders/{number}/cancel", null)).OkJsonAsync();
        var refused = await api.PostAsync($"/api/v1/orders/{number}/payment", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Cancelled", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(app.Stripe.CallsTo("/v1/checkout/sessions"), c => c.Form["client_reference_id"] == number);
    }

    [Fact]
    public async Task An_unpaid_completion_waits_for_the_async_result_and_a_failure_lets_the_shopper_retry()
    {
        var lamp = await app.ProductAsync("Debit Lamp", 3000, 10);
        var (_, api, number) = await app.PendingOrderAsync(lamp, 1);
        await api.StartPaymentAsync(number);

        await app.SendEventAsync("checkout.session.completed", app.SessionEventObject(number, paymentStatus: "unpaid"));
        Assert.Equal(OrderStatus.Pending, (await app.OrderRowAsync(number)).Status);
        await app.SendEventAsync("checkout.session.async_payment_failed", app.SessionEventObject(number, paymentStatus: "unpaid"));
        Assert.Equal(OrderStatus.Pending, (await app.OrderRowAsync(number)).Status);

        // The failed session is not offered again: a new attempt, with its own key.
        var retry = await api.StartPaymentAsync(number);
        Assert.Contains(app.Stripe.CallsTo("/v1/checkout/sessions"), c => c.IdempotencyKey == $"checkout-{number}-2");
        var second = (JsonObject)app.Stripe.SessionOf(number, retry.GetProperty("sessionId").GetString()!).DeepClone();
        second["payment_status"] = "paid";
        second["payment_intent"] = "pi_test_async";
        await app.SendEventAsync("checkout.session.async_payment_succeeded", second);

        var paid = await app.OrderRowAsync(number);
        Assert.Equal((OrderStatus.Paid, "pi_test_async", retry.GetProperty("sessionId").GetString()), (paid.Status, paid.PaymentIntentId, paid.PaymentSessionId));
    }
}
