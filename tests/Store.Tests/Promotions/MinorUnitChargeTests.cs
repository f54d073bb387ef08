using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Store.Promotions.Coupons;
using Store.Tests.Orders;
using Store.Tests.Payments;
using Store.Tests.Taxes;

namespace Store.Tests.Promotions;

/// <summary>
/// In a shop whose currency has three decimals (KWD, fils) or none (JPY, yen), a code spread over lines that do not
/// divide evenly, shipping and tax added on top: the Checkout Session the fake Stripe receives is in that currency
/// and its lines add up to the order's total to the minor unit. Each currency is a shop of its own (below).
/// </summary>
public abstract class MinorUnitCharges(PaymentsAppFactory app, string currency, long subtotal, long discount)
{
    [Fact]
    public async Task Stripe_is_asked_for_the_orders_total_to_the_minor_unit()
    {
        await app.SetUpAsync(pricesIncludeTax: false);
        var code = Promo.NewCode(currency);
        await app.CouponAsync(new CouponInput(code, "15 % off", "percentage", Percent: 15m));
        var fan = await app.TaxedProductAsync("Minor Fan", 12345, null, 500);
        var lamp = await app.TaxedProductAsync("Minor Lamp", 999, null, 500);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(fan, 3)).OkJsonAsync();
        await (await api.AddAsync(lamp, 2)).OkJsonAsync();
        await (await api.ApplyCodeAsync(code)).OkJsonAsync();

        var placed = await (await api.PlaceAsync(body: new { address = TaxShop.CaliforniaAddress })).OkJsonAsync(HttpStatusCode.Created);
        var number = placed.GetProperty("number").GetString()!;
        await api.StartPaymentAsync(number);

        var order = await app.WithOrdersAsync(q => q.Include(o => o.Lines).FirstAsync(o => o.Number == number));
        Assert.Equal((currency, subtotal, discount), (order.Currency, order.Subtotal, order.DiscountTotal));
        Assert.Equal(order.Subtotal - order.DiscountTotal + order.Shipping + order.TaxTotal, order.Total);
        Assert.True(order.TaxTotal > 0);
        var call = Assert.Single(app.Stripe.CallsTo("/v1/checkout/sessions"), c => c.Form["client_reference_id"] == number);
        Assert.Equal(currency.ToLowerInvariant(), call.Form["currency"]);
        long sent = 0;
        for (var i = 0; call.Form.ContainsKey($"line_items[{i}][quantity]"); i++)
        {
            Assert.Equal(currency.ToLowerInvariant(), call.Form[$"line_items[{i}][price_data][currency]"]);
            var unit = long.Parse(call.Form[$"line_items[{i}][price_data][unit_amount]"], CultureInfo.InvariantCulture);
            // Stripe takes a three-decimal currency's amounts only with a last digit of 0.
            Assert.Equal(0, unit % Store.Core.Money.Money.ChargeStepOf(currency));
            sent += unit * long.Parse(call.Form[$"line_items[{i}][quantity]"], CultureInfo.InvariantCulture);
        }

        Assert.Equal(order.Total, sent);
        Assert.Equal(order.Total, (long)app.Stripe.SessionOf(number)["amount_total"]!);
        Assert.Equal(order.Total, placed.GetProperty("total").GetInt64());
    }
}

/// <summary>
/// Kuwaiti dinars: three decimals, charged in steps of 10 fils. 12.345 and 0.999 are charged 12.350 and 1.000:
/// 37050 + 2000 = 39050 at 15 % = 5857.5 -> 5860 off.
/// </summary>
public sealed class KuwaitiDinarChargeTests(KuwaitiDinarShop app) : MinorUnitCharges(app, "KWD", 39050, 5860), IClassFixture<KuwaitiDinarShop>;

/// <summary>Japanese yen: no decimals. 37035 + 1998 = 39033 at 15 % = 5854.95 -> 5855 off.</summary>
public sealed class JapaneseYenChargeTests(JapaneseYenShop app) : MinorUnitCharges(app, "JPY", 39033, 5855), IClassFixture<JapaneseYenShop>;

public sealed class KuwaitiDinarShop : PaymentsAppFactory
{
    protected override string Currency => "KWD";
}

public sealed class JapaneseYenShop : PaymentsAppFactory
{
    protected override string Currency => "JPY";
}
