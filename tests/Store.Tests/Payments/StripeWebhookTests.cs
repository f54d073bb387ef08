using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Store.Orders.Contracts;
using Store.Payments.Data;
using Store.Tests.Orders;

namespace Store.Tests.Payments;

/// <summary>
/// The webhook as Stripe delivers it, signed with Stripe's scheme so Stripe.net's own verification runs: refused
/// signatures write nothing, repeats and races fulfil once, and events out of order end as an orderly delivery.
/// </summary>
public sealed class StripeWebhookTests(PaymentsAppFactory app) : IClassFixture<PaymentsAppFactory>
{
    private async Task<(HttpClient Api, string Number, Item Item)> AwaitingPaymentAsync(string name, int stock = 10)
    {
        var item = await app.ProductAsync(name, 1500, stock);
        var (_, api, number) = await app.PendingOrderAsync(item, 1);
        await api.StartPaymentAsync(number);
        return (api, number, item);
    }

    public static TheoryData<string> BadSignatures => new() { "missing", "wrong secret", "tampered body", "stale" };

    [Theory]
    [MemberData(nameof(BadSignatures))]
    public async Task A_missing_bad_or_stale_signature_is_refused_and_writes_nothing(string kind)
    {
        var (_, number, _) = await AwaitingPaymentAsync("Signed Bowl " + kind);
        var now = app.Time.GetUtcNow();
        var payload = FakeStripe.Event("evt_bad_" + Guid.NewGuid().ToString("n")[..12], "checkout.session.completed", app.SessionEventObject(number), now);
        var signature = kind switch
        {
            "missing" => null,
            "wrong secret" => FakeStripe.Sign(payload, "whsec_not_the_one", now),
            // Past the 300 seconds of tolerance, by the shop's clock.
            "stale" => FakeStripe.Sign(payload, PaymentsAppFactory.WebhookSecret, now.AddSeconds(-301)),
            _ => FakeStripe.Sign(payload, PaymentsAppFactory.WebhookSecret, now),
        };
        var events = await app.EventCountAsync();

        var response = await app.DeliverAsync(kind == "tampered body" ? payload.Replace("\"paid\"", "\"PAID\"", StringComparison.Ordinal) : payload, signature);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(events, await app.EventCountAsync());
        var order = await app.OrderRowAsync(number);
        Assert.Equal((OrderStatus.Pending, null), (order.Status, order.PaidUtc));
    }

    [Fact]
    public async Task A_signature_just_inside_the_tolerance_is_accepted()
    {
        var (_, number, _) = await AwaitingPaymentAsync("Tolerant Bowl");
        var now = app.Time.GetUtcNow();
        var payload = FakeStripe.Event("evt_ok_" + Guid.NewGuid().ToString("n")[..12], "checkout.session.completed", app.SessionEventObject(number), now);

        var response = await app.DeliverAsync(payload, FakeStripe.Sign(payload, PaymentsAppFactory.WebhookSecret, now.AddSeconds(-290)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OrderStatus.Paid, (await app.OrderRowAsync(number)).Status);
    }

    [Fact]
    public async Task One_event_delivered_five_times_at_once_fulfils_once()
    {
        var (_, number, item) = await AwaitingPaymentAsync("Five Times Jug", stock: 4);
        var stockAfterHold = await app.StockOfAsync(item);
        var created = app.Time.GetUtcNow();
        var payload = FakeStripe.Event("evt_five_" + Guid.NewGuid().ToString("n")[..12], "checkout.session.completed", app.SessionEventObject(number, paymentIntent: "pi_five"), created);
        var signature = FakeStripe.Sign(payload, PaymentsAppFactory.WebhookSecret, created);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => app.DeliverAsync(payload, signature))));

        var handlings = await Task.WhenAll(answers.Select(async a => (await a.OkJsonAsync()).GetProperty("handling").GetString()));
        Assert.Equal(["duplicate", "duplicate", "duplicate", "duplicate", "handled"], handlings.Order());
        var order = await app.OrderRowAsync(number);
        Assert.Equal((OrderStatus.Paid, 1, "pi_five", "stripe"), (order.Status, order.PaidRows(), order.PaymentIntentId, order.PaymentProvider));
        Assert.Equal(created.UtcDateTime.AddTicks(-(created.UtcDateTime.Ticks % TimeSpan.TicksPerSecond)), order.PaidUtc);
        // The hold became the sale: the stock stays where placing the order put it.
        Assert.Equal(stockAfterHold, await app.StockOfAsync(item));
    }

    [Fact]
    public async Task Completed_then_expired_stays_paid()
    {
        var (_, number, item) = await AwaitingPaymentAsync("Orderly Cup");
        var stock = await app.StockOfAsync(item);

        await app.SendEventAsync("checkout.session.completed", app.SessionEventObject(number));
        await app.SendEventAsync("checkout.session.expired", app.SessionEventObject(number, paymentStatus: "unpaid", status: "expired"));

        Assert.Equal(OrderStatus.Paid, (await app.OrderRowAsync(number)).Status);
        Assert.Equal(stock, await app.StockOfAsync(item));
    }

    [Fact]
    public async Task Expired_then_completed_ends_paid_as_well_taking_the_stock_again()
    {
        var (_, number, item) = await AwaitingPaymentAsync("Disorderly Cup");
        var stock = await app.StockOfAsync(item);

        await app.SendEventAsync("checkout.session.expired", app.SessionEventObject(number, paymentStatus: "unpaid", status: "expired"));
        Assert.Equal(OrderStatus.Expired, (await app.OrderRowAsync(number)).Status);
        Assert.Equal(stock + 1, await app.StockOfAsync(item));
        await app.SendEventAsync("checkout.session.completed", app.SessionEventObject(number));

        var order = await app.OrderRowAsync(number);
        Assert.Equal((OrderStatus.Paid, null), (order.Status, order.AttentionNote));
        Assert.Equal(stock, await app.StockOfAsync(item));
    }

    [Fact]
    public async Task A_payment_after_the_hold_lapsed_and_the_stock_went_is_flagged_and_refunded()
    {
        var (_, number, item) = await AwaitingPaymentAsync("Last Vase", stock: 1);
        await app.SendEventAsync("checkout.session.expired", app.SessionEventObject(number, paymentStatus: "unpaid", status: "expired"));
        // Someone else bought the unit the hold gave back.
        await app.SetStockAsync(item, 0);

        await app.SendEventAsync("checkout.session.completed", app.SessionEventObject(number, paymentIntent: "pi_too_late"));

        var order = await app.OrderRowAsync(number);
        Assert.Equal((OrderStatus.Refunded, order.Total), (order.Status, order.RefundedAmount));
        Assert.Contains("refunded in full automatically", order.AttentionNote, StringComparison.Ordinal);
        var refund = Assert.Single(app.Stripe.CallsTo("/v1/refunds"), c => c.Form["payment_intent"] == "pi_too_late");
        Assert.Equal(order.Total.ToString(), refund.Form["amount"]);
        Assert.NotNull(refund.IdempotencyKey);
        Assert.Equal(0, await app.StockOfAsync(item));
    }

    [Fact]
    public async Task An_older_sessions_expiry_does_not_end_the_hold_and_unknown_events_change_nothing()
    {
        var (_, number, _) = await AwaitingPaymentAsync("Other Session Plate");
        var old = app.SessionEventObject(number, paymentStatus: "unpaid", status: "expired");
        old["id"] = "cs_test_not_current";
        var events = await app.EventCountAsync();

        var unknown = await app.DeliverAsync(FakeStripe.Event("evt_unknown", "customer.created", FakeStripe.Fixture("charge"), app.Time.GetUtcNow()),
            FakeStripe.Sign(FakeStripe.Event("evt_unknown", "customer.created", FakeStripe.Fixture("charge"), app.Time.GetUtcNow()), PaymentsAppFactory.WebhookSecret, app.Time.GetUtcNow()));
        await app.SendEventAsync("checkout.session.expired", old);

        Assert.Equal("ignored", (await unknown.OkJsonAsync()).GetProperty("handling").GetString());
        Assert.Equal(OrderStatus.Pending, (await app.OrderRowAsync(number)).Status);
        // The expired event of a session that is not ours is stored (acknowledged once) but changes no order.
        Assert.Equal(events + 1, await app.EventCountAsync());
    }
}
