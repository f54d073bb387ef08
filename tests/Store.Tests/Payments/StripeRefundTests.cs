using System.Net;
using System.Text.Json.Nodes;
using Store.Orders.Contracts;
using Store.Tests.Orders;

namespace Store.Tests.Payments;

/// <summary>Refunds and staff cancel through Stripe's refund API: amounts recorded once, history rows with the amount, restock once.</summary>
public sealed class StripeRefundTests(PaymentsAppFactory app) : IClassFixture<PaymentsAppFactory>
{
    private async Task<(HttpClient Api, string Number, Item Item)> PaidAsync(string name, long price = 2000)
    {
        var item = await app.ProductAsync(name, price, 10);
        var (_, api, number) = await app.PendingOrderAsync(item, 1);
        await api.StartPaymentAsync(number);
        await app.SendEventAsync("checkout.session.completed", app.SessionEventObject(number, paymentIntent: "pi_" + number));
        return (api, number, item);
    }

    [Fact]
    public async Task A_partial_then_the_rest_refunds_the_order_and_stripes_echo_adds_nothing()
    {
        var (api, number, _) = await PaidAsync("Refund Kettle");
        var staff = await app.StaffApiAsync();
        var total = (await app.OrderRowAsync(number)).Total;

        var partial = await (await staff.RefundAsync(number, new { amount = 500, reason = "Scratched lid" })).OkJsonAsync();
        Assert.Equal(("Paid", 500L), (partial.GetProperty("status").GetString(), partial.GetProperty("refundedAmount").GetInt64()));
        var shopperView = await (await api.GetAsync($"/api/v1/orders/{number}")).OkJsonAsync();
        Assert.Equal(("partially_refunded", 500L), (shopperView.GetProperty("paymentState").GetString(), shopperView.GetProperty("refundedAmount").GetInt64()));
        Assert.Contains(shopperView.GetProperty("history").EnumerateArray(), h => h.GetProperty("note").GetString() == "Refunded 5.00 USD: Scratched lid");

        // Stripe tells us about the refund we made: counted once, by its id.
        var stripeRefund = Assert.Single(app.Stripe.CallsTo("/v1/refunds"), c => c.Form["payment_intent"] == "pi_" + number);
        Assert.Equal(("500", $"refund-{number}-after-0-500"), (stripeRefund.Form["amount"], stripeRefund.IdempotencyKey));
        await app.SendEventAsync("charge.refunded", ChargeRefunded(number, 500, [await FirstRefundIdAsync(number)]));
        Assert.Equal(500, (await app.OrderRowAsync(number)).RefundedAmount);

        var rest = await (await staff.RefundAsync(number, new { reason = "Customer changed mind" })).OkJsonAsync();
        Assert.Equal(("Refunded", total), (rest.GetProperty("status").GetString(), rest.GetProperty("refundedAmount").GetInt64()));
        var more = await staff.RefundAsync(number, new { amount = 1 });
        Assert.Equal(HttpStatusCode.Conflict, more.StatusCode);
        Assert.Equal(2, app.Stripe.CallsTo("/v1/refunds").Count(c => c.Form["payment_intent"] == "pi_" + number));
    }

    [Fact]
    public async Task Too_much_nothing_paid_and_shoppers_are_refused()
    {
        var (api, number, _) = await PaidAsync("Bounded Kettle");
        var staff = await app.StaffApiAsync();
        var (_, unpaidApi, unpaid) = await app.PendingOrderAsync(await app.ProductAsync("Unpaid Kettle", 900, 5), 1);
        _ = unpaidApi;

        var tooMuch = await staff.RefundAsync(number, new { amount = 999_999 });
        var zero = await staff.RefundAsync(number, new { amount = 0 });
        var notPaid = await staff.RefundAsync(unpaid, new { amount = 100 });
        var shopper = await api.PostAsync($"/api/v1/admin/orders/{number}/refunds", JsonContent(new { amount = 100 }));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.Conflict, HttpStatusCode.Forbidden),
            (tooMuch.StatusCode, zero.StatusCode, notPaid.StatusCode, shopper.StatusCode));
        Assert.Equal(0, (await app.OrderRowAsync(number)).RefundedAmount);
        Assert.DoesNotContain(app.Stripe.CallsTo("/v1/refunds"), c => c.Form["payment_intent"] == "pi_" + number);
    }

    [Fact]
    public async Task A_refund_made_in_stripes_dashboard_is_counted_from_charge_refunded()
    {
        var (_, number, _) = await PaidAsync("Dashboard Kettle");

        await app.SendEventAsync("charge.refunded", ChargeRefunded(number, 700, ["re_dashboard_" + number]));

        var order = await app.OrderRowAsync(number);
        Assert.Equal((OrderStatus.Paid, 700L), (order.Status, order.RefundedAmount));
    }

    [Fact]
    public async Task Staff_cancel_of_a_paid_order_sent_twice_at_once_refunds_and_restocks_once()
    {
        var (_, number, item) = await PaidAsync("Cancel Twice Kettle");
        var staff = await app.StaffApiAsync();
        var stock = await app.StockOfAsync(item);

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => staff.PostAsync($"/api/v1/admin/orders/{number}/cancel", null))));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        Assert.Equal(stock + 1, await app.StockOfAsync(item));
        var order = await app.OrderRowAsync(number);
        Assert.Equal((OrderStatus.Refunded, order.Total), (order.Status, order.RefundedAmount));
        Assert.Single(app.Stripe.CallsTo("/v1/refunds"), c => c.Form["payment_intent"] == "pi_" + number);
    }

    [Fact]
    public async Task When_stripe_refuses_the_refund_the_cancel_changes_nothing()
    {
        var (_, number, item) = await PaidAsync("Refused Kettle");
        var staff = await app.StaffApiAsync();
        var stock = await app.StockOfAsync(item);
        app.Stripe.FailRefunds = true;
        try
        {
            var answer = await staff.PostAsync($"/api/v1/admin/orders/{number}/cancel", null);

            Assert.Equal(HttpStatusCode.BadGateway, answer.StatusCode);
        }
        finally
        {
            app.Stripe.FailRefunds = false;
        }

        var order = await app.OrderRowAsync(number);
        Assert.Equal((OrderStatus.Paid, 0L), (order.Status, order.RefundedAmount));
        Assert.Equal(stock, await app.StockOfAsync(item));
    }

    private Task<string> FirstRefundIdAsync(string number) =>
        Task.FromResult((string)app.Stripe.Refunds.First(r => (string?)r["payment_intent"] == "pi_" + number)["id"]!);

    private static JsonObject ChargeRefunded(string number, long amountRefunded, string[] refundIds)
    {
        var charge = FakeStripe.Fixture("charge");
        charge["id"] = "ch_" + number;
        charge["payment_intent"] = "pi_" + number;
        charge["amount_refunded"] = amountRefunded;
        charge["refunded"] = false;
        var refunds = new JsonArray();
        foreach (var id in refundIds)
        {
            var refund = FakeStripe.Fixture("refund");
            refund["id"] = id;
            refund["amount"] = amountRefunded / refundIds.Length;
            refund["payment_intent"] = "pi_" + number;
            refunds.Add(refund);
        }

        charge["refunds"] = new JsonObject { ["object"] = "list", ["data"] = refunds, ["has_more"] = false, ["url"] = $"/v1/charges/ch_{number}/refunds" };
        return charge;
    }

    private static System.Net.Http.Json.JsonContent JsonContent(object body) => System.Net.Http.Json.JsonContent.Create(body);
}
