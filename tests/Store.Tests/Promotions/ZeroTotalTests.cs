using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Orders.Contracts;
using Store.Payments.Data;
using Store.Promotions.Coupons;
using Store.Shipping.Zones;
using Store.Tests.Accounts;
using Store.Tests.Catalog;
using Store.Tests.Orders;
using Store.Tests.Payments;

namespace Store.Tests.Promotions;

/// <summary>
/// An order that costs nothing (a 100 % code and a free pick-up) is paid the moment it is placed, with no payment
/// provider (Stripe refuses a zero amount): its history says why, the "paid" email goes out, the code's use counts,
/// and asking to pay answers that it is paid. Run on the offline provider and on Stripe (below).
/// </summary>
public abstract class ZeroTotalOrders(CatalogAppFactory app)
{
    private static readonly object BelgianAddress = new { fullName = "Ada Buyer", line1 = "1 Grand-Place", city = "Bruxelles", postalCode = "1000", country = "BE" };

    /// <summary>Calls made to the provider's API for the order (none but Stripe records them).</summary>
    protected virtual int ProviderCalls(string number) => 0;

    [Fact]
    public async Task An_order_that_costs_nothing_is_paid_at_once_without_the_payment_provider()
    {
        await FreePickUpInBelgiumAsync();
        var code = Promo.NewCode("GIFT");
        var id = await app.CouponAsync(new CouponInput(code, "All of it", "percentage", Percent: 100m));
        var card = await app.ProductAsync("Gift Card Holder", 2500, 10);
        var (email, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(card, 2)).OkJsonAsync();
        await (await api.ApplyCodeAsync(code)).OkJsonAsync();

        var placed = await (await api.PlaceAsync(body: new { address = BelgianAddress })).OkJsonAsync(HttpStatusCode.Created);
        var number = placed.GetProperty("number").GetString()!;
        var pay = await api.PostAsync($"/api/v1/orders/{number}/payment", null);

        Assert.Equal(("Paid", 0L), (placed.GetProperty("status").GetString(), placed.GetProperty("total").GetInt64()));
        var order = await app.OrderRowAsync(number);
        Assert.Equal((OrderStatus.Paid, app.Now(), OrderPayment.NothingToPay, 5000L), (order.Status, order.PaidUtc, order.PaymentProvider, order.DiscountTotal));
        var paid = Assert.Single(order.History, h => h.To == OrderStatus.Paid);
        Assert.Equal((OrderStatus.Pending, "Nothing to pay: the discounts cover the whole order."), (paid.From, paid.Note));
        Assert.Contains($"Code {code}: All of it", (await app.MailToAsync(email, $"Order {number} is paid")).HtmlBody, StringComparison.Ordinal);
        Assert.Equal(1, (await app.CouponRowAsync(id)).Used);
        Assert.Equal(HttpStatusCode.Conflict, pay.StatusCode);
        Assert.Contains("This order is already paid.", await pay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<PaymentSession>().CountAsync(s => s.OrderNumber == number)));
        Assert.Equal(0, ProviderCalls(number));
    }

    [Fact]
    public async Task An_order_left_to_pay_is_still_sent_to_the_provider()
    {
        await FreePickUpInBelgiumAsync();
        var code = Promo.NewCode("HALF");
        await app.CouponAsync(new CouponInput(code, "Half", "percentage", Percent: 50m));
        var card = await app.ProductAsync("Half Card Holder", 2500, 10);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(card, 1)).OkJsonAsync();
        await (await api.ApplyCodeAsync(code)).OkJsonAsync();

        var placed = await (await api.PlaceAsync(body: new { address = BelgianAddress })).OkJsonAsync(HttpStatusCode.Created);
        var number = placed.GetProperty("number").GetString()!;
        await api.StartPaymentAsync(number);

        Assert.Equal(("Pending", 1250L), (placed.GetProperty("status").GetString(), placed.GetProperty("total").GetInt64()));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<PaymentSession>().CountAsync(s => s.OrderNumber == number)));
    }

    private async Task FreePickUpInBelgiumAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        if (!await app.WithDbAsync(db => db.Set<ShippingZone>().AnyAsync(z => z.Name == "Belgium")))
        {
            var saved = await scope.ServiceProvider.GetRequiredService<ShippingEditor>().SaveZoneAsync(null,
                new ShippingZoneInput("Belgium", ["BE"], 5, [new(null, "Pick-up in the shop", "flat", 0, null, null)]), CancellationToken.None);
            Assert.True(saved.IsSaved, string.Join("; ", saved.Errors.Select(e => $"{e.Key}: {e.Value}")));
        }
    }
}

/// <summary>A zero-total order with the offline provider.</summary>
public sealed class ZeroTotalOfflineTests(PromotionsAppFactory app) : ZeroTotalOrders(app), IClassFixture<PromotionsAppFactory>;

/// <summary>A zero-total order with Stripe configured: no Checkout Session is asked for.</summary>
public sealed class ZeroTotalStripeTests(CouponStripeAppFactory app) : ZeroTotalOrders(app), IClassFixture<CouponStripeAppFactory>
{
    protected override int ProviderCalls(string number) => app.Stripe.CallsTo("/v1/checkout/sessions").Count(c => c.Form["client_reference_id"] == number);
}
