using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Store.Promotions.Coupons;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;
using Store.Tests.Payments;
using Store.Tests.Promotions;

namespace Store.Tests.Currencies;

/// <summary>A price fixed in yen is what the Stripe session charges, not the converted figure.</summary>
public sealed class FixedPriceChargeTests(CurrencyStripeAppFactory app) : IClassFixture<CurrencyStripeAppFactory>
{
    [Fact]
    public async Task Stripe_charges_the_price_fixed_in_yen_and_a_percentage_coupon_comes_off_it()
    {
        var code = Promo.NewCode("YEN");
        await app.CouponAsync(new CouponInput(code, "10 % off", "percentage", Percent: 10m));
        // 29.99 USD converts to ¥4,540; the merchandiser fixes ¥3,000.
        var kettle = await app.ProductAsync("Fixed Yen Kettle", 2999, 10);
        var admin = await app.ApiAdminAsync();
        await (await admin.PutAsJsonAsync($"/api/v1/products/{kettle.ProductId}/variants/{kettle.VariantId}/price-list",
            new { prices = new[] { new { currency = "JPY", price = 3000L } } })).OkJsonAsync();
        var (_, api) = await app.ApiShopperAsync();
        await (await api.PostAsJsonAsync("/api/v1/cart/items?currency=JPY", new { variantId = kettle.VariantId, quantity = 2 })).OkJsonAsync();
        await (await api.ApplyCodeAsync(code)).OkJsonAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders?currency=JPY") { Content = JsonContent.Create(new { address = Shop.Address }) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("n"));
        var number = (await (await api.SendAsync(request)).OkJsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString()!;
        await api.StartPaymentAsync(number);

        var order = await app.WithOrdersAsync(q => q.Include(o => o.Lines).FirstAsync(o => o.Number == number));
        // 10 % of ¥6,000, not of the converted ¥9,080.
        Assert.Equal(("JPY", 3000L, 6000L, 600L), (order.Currency, Assert.Single(order.Lines).UnitPrice, order.Lines[0].LineTotal, order.DiscountTotal));
        var call = Assert.Single(app.Stripe.CallsTo("/v1/checkout/sessions"), c => c.Form["client_reference_id"] == number);
        // Stripe's line carries the unit price after the coupon: ¥3,000 less 10 %.
        Assert.Equal("2700", call.Form["line_items[0][price_data][unit_amount]"]);
        Assert.Equal(("jpy", order.Total), ((string?)app.Stripe.SessionOf(number)["currency"], (long)app.Stripe.SessionOf(number)["amount_total"]!));
    }
}
