using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Store.Core.Money;
using Store.Promotions.Coupons;
using Store.Tests.Accounts;
using Store.Tests.Orders;
using Store.Tests.Payments;
using Store.Tests.Promotions;

namespace Store.Tests.Currencies;

/// <summary>
/// An order in Kuwaiti dinars (three decimals) through the fake Stripe: every amount Stripe is sent ends in 0, as it
/// requires, the lines still add up to the total, and refunds and emails are in dinars. A shop of its own: the yen
/// test adds up the shop's paid revenue.
/// </summary>
public sealed class DinarOrderTests(CurrencyStripeAppFactory app) : IClassFixture<CurrencyStripeAppFactory>
{
    [Fact]
    public async Task An_order_in_dinars_is_charged_in_steps_of_ten_fils_that_add_up_to_the_total()
    {
        var lamp = await app.ProductAsync("Dinar Lamp", 1999, 10);
        var mug = await app.ProductAsync("Dinar Mug", 999, 10);
        var code = Promo.NewCode("KWD");
        await app.CouponAsync(new CouponInput(code, "15 % off", "percentage", Percent: 15m));
        var (email, api) = await app.ApiShopperAsync();
        await (await api.PostAsJsonAsync("/api/v1/cart/items?currency=KWD", new { variantId = lamp.VariantId, quantity = 3 })).OkJsonAsync();
        await (await api.PostAsJsonAsync("/api/v1/cart/items?currency=KWD", new { variantId = mug.VariantId, quantity = 1 })).OkJsonAsync();
        await (await api.PostAsJsonAsync("/api/v1/cart/coupon?currency=KWD", new { code })).OkJsonAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders?currency=KWD") { Content = JsonContent.Create(new { address = Shop.Address }) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("n"));
        var placed = await (await api.SendAsync(request)).OkJsonAsync(HttpStatusCode.Created);
        var number = placed.GetProperty("number").GetString()!;
        await api.StartPaymentAsync(number);

        var order = await app.WithOrdersAsync(q => q.Include(o => o.Lines).FirstAsync(o => o.Number == number));
        // 19.99 × 0.3071 = 6.138929 KWD, 9.99 × 0.3071 = 3.067929: charged 6.140 and 3.070, Stripe's last digit being 0.
        Assert.Equal(("KWD", 6140L, 3070L), (order.Currency, order.Lines.Single(l => l.ProductName == "Dinar Lamp").UnitPrice, order.Lines.Single(l => l.ProductName == "Dinar Mug").UnitPrice));
        // 15 % of 21.490 = 3.2235, off in tens of fils: 3.220, spread over the lines in tens of fils too.
        Assert.Equal(3220L, order.DiscountTotal);
        Assert.All(order.Lines, l => Assert.Equal(0, (l.LineTotal - l.Discount) % 10));
        Assert.Equal(order.Total, order.Lines.Sum(l => l.LineTotal - l.Discount) + order.Shipping - order.ShippingDiscount + (order.PricesIncludeTax ? 0 : order.TaxTotal));
        Assert.Equal(0, order.Total % 10);
        var call = Assert.Single(app.Stripe.CallsTo("/v1/checkout/sessions"), c => c.Form["client_reference_id"] == number);
        Assert.Equal("kwd", call.Form["currency"]);
        long sent = 0;
        for (var i = 0; call.Form.ContainsKey($"line_items[{i}][quantity]"); i++)
        {
            var unit = long.Parse(call.Form[$"line_items[{i}][price_data][unit_amount]"], CultureInfo.InvariantCulture);
            Assert.Equal(0, unit % 10);
            sent += unit * long.Parse(call.Form[$"line_items[{i}][quantity]"], CultureInfo.InvariantCulture);
        }

        Assert.Equal(order.Total, sent);
        Assert.Equal(order.Total, (long)app.Stripe.SessionOf(number)["amount_total"]!);

        // Refunds are in the order's currency, in the same steps of 10 fils.
        await app.SendEventAsync("checkout.session.completed", app.SessionEventObject(number));
        var staff = await app.StaffApiAsync();
        var odd = await staff.RefundAsync(number, new { amount = 1235 });
        var refund = await (await staff.RefundAsync(number, new { amount = 1230, reason = "Chipped" })).OkJsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, odd.StatusCode);
        Assert.Equal(("KWD", 1230L), (refund.GetProperty("currency").GetString(), refund.GetProperty("refundedAmount").GetInt64()));
        Assert.Equal("1230", Assert.Single(app.Stripe.CallsTo("/v1/refunds")).Form["amount"]);
        // The emails are in dinars too.
        var paid = await app.MailToAsync(email, $"Order {number} is paid");
        Assert.Contains(new Money(order.Total, "KWD").Format(CultureInfo.GetCultureInfo("en")), paid.HtmlBody, StringComparison.Ordinal);
    }
}
