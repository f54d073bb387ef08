using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Store.Promotions.Coupons;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;
using Store.Tests.Payments;
using Store.Tests.Taxes;

namespace Store.Tests.Promotions;

/// <summary>
/// What an order keeps of its discounts, the tax on discounted lines, and the amount Stripe is asked for: the
/// order's total to the minor unit (through the fake Stripe, which adds up the session's lines as Stripe does).
/// </summary>
public sealed class DiscountedOrderTests(CouponStripeAppFactory app) : IClassFixture<CouponStripeAppFactory>
{
    [Fact]
    public async Task Prices_without_tax_a_code_spread_over_lines_is_taxed_after_the_discount_and_Stripe_charges_the_total()
    {
        await app.SetUpAsync(pricesIncludeTax: false);
        var code = Promo.NewCode("US");
        var id = await app.CouponAsync(new CouponInput(code, "15 % off", "percentage", Percent: 15m));
        var fan = await app.TaxedProductAsync("Spread Fan", 1999, null, 1000);
        var lamp = await app.TaxedProductAsync("Spread Lamp", 999, null, 500);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(fan, 2)).OkJsonAsync();
        await (await api.AddAsync(lamp, 3)).OkJsonAsync();
        await (await api.ApplyCodeAsync(code)).OkJsonAsync();

        var placed = await (await api.PlaceAsync(body: new { address = TaxShop.CaliforniaAddress })).OkJsonAsync(HttpStatusCode.Created);
        var number = placed.GetProperty("number").GetString()!;
        await api.StartPaymentAsync(number);

        var order = await app.WithOrdersAsync(q => q.Include(o => o.Lines).Include(o => o.Discounts).FirstAsync(o => o.Number == number));
        var lines = order.Lines.OrderBy(l => l.Id).ToList();
        // 6995 at 15 % = 1049.25 -> 1049, spread 599.56 / 449.44 -> 600 / 449 (largest remainder).
        Assert.Equal((6995L, 1049L, code), (order.Subtotal, order.DiscountTotal, order.CouponCode));
        Assert.Equal((600L, 449L), (lines[0].Discount, lines[1].Discount));
        var discount = Assert.Single(order.Discounts);
        Assert.Equal(("coupon", code, "15 % off", 1049L), (discount.Kind, discount.Code, discount.Description, discount.Amount));
        // Goods 5946 (over 50.00: ground 9.90). CA 7.25 %: 3398 -> 246.355 -> 246, 2548 -> 184.73 -> 185, 990 -> 71.775 -> 72.
        Assert.Equal((246L, 185L, 990L, 72L, 503L), (lines[0].TaxAmount, lines[1].TaxAmount, order.Shipping, order.ShippingTax, order.TaxTotal));
        Assert.Equal(5946L + 990 + 503, order.Total);

        var call = Assert.Single(app.Stripe.CallsTo("/v1/checkout/sessions"), c => c.Form["client_reference_id"] == number);
        // 3398 divides by 2: 16.99 each; 2548 does not divide by 3: one item "3 × Spread Lamp".
        Assert.Equal(("Spread Fan", "1699", "2"), (call.Form["line_items[0][price_data][product_data][name]"], call.Form["line_items[0][price_data][unit_amount]"], call.Form["line_items[0][quantity]"]));
        Assert.Equal(("3 × Spread Lamp", "2548", "1"), (call.Form["line_items[1][price_data][product_data][name]"], call.Form["line_items[1][price_data][unit_amount]"], call.Form["line_items[1][quantity]"]));
        Assert.Equal(order.Total, (long)app.Stripe.SessionOf(number)["amount_total"]!);

        var staff = await app.ApiAdminAsync();
        var usage = await (await staff.GetAsync($"/api/v1/admin/coupons/{id}/usage")).OkJsonAsync();
        Assert.Equal((1, 1049L, number), (usage.GetProperty("orders").GetInt32(), usage.GetProperty("discountGiven").GetInt64(), usage.GetProperty("uses")[0].GetProperty("orderNumber").GetString()));
    }

    [Fact]
    public async Task Prices_with_tax_free_shipping_and_a_promotion_keep_their_lines_and_the_page_and_export_show_them()
    {
        await app.SetUpAsync(pricesIncludeTax: true);
        var now = app.Now();
        var code = Promo.NewCode("FR");
        await app.CouponAsync(new CouponInput(code, "Free delivery", "free_shipping"));
        var teas = await app.CategoryAsync("Teas");
        var (tea, _) = await app.ProductInAsync("Sale Tea", 1200, 100, teas);
        await app.PromotionAsync(new Store.Promotions.Sales.PromotionInput("25 % off teas", 25m, now.AddDays(-1), now.AddDays(6), Categories: [teas]));
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(tea, 3)).OkJsonAsync();
        await (await api.ApplyCodeAsync(code)).OkJsonAsync();

        var placed = await (await api.PlaceAsync(body: new { address = TaxShop.FrenchAddress })).OkJsonAsync(HttpStatusCode.Created);
        var number = placed.GetProperty("number").GetString()!;
        await api.StartPaymentAsync(number);

        var order = await app.WithOrdersAsync(q => q.Include(o => o.Lines).Include(o => o.Discounts).FirstAsync(o => o.Number == number));
        // 12.00 -> 9.00 each: 900 off 3600. Shipping 4.90 taken off by the code. FR 20 % included: 2700 -> 450.
        Assert.Equal((3600L, 490L, 490L, 1390L, 450L, 0L, 2700L), (order.Subtotal, order.Shipping, order.ShippingDiscount, order.DiscountTotal, order.TaxTotal, order.ShippingTax, order.Total));
        Assert.Equal(new[] { ("promotion", (string?)null, "25 % off teas", 900L), ("shipping", code, "Free delivery", 490L) },
            order.Discounts.OrderBy(d => d.Id).Select(d => (d.Kind, d.Code, d.Description, d.Amount)).ToArray());
        var call = Assert.Single(app.Stripe.CallsTo("/v1/checkout/sessions"), c => c.Form["client_reference_id"] == number);
        Assert.Equal(("900", "3"), (call.Form["line_items[0][price_data][unit_amount]"], call.Form["line_items[0][quantity]"]));
        Assert.False(call.Form.ContainsKey("line_items[1][quantity]")); // no shipping line: it is free
        Assert.Equal(order.Total, (long)app.Stripe.SessionOf(number)["amount_total"]!);

        var staff = await app.ApiAdminAsync();
        var csv = await staff.GetStringAsync($"/api/v1/admin/orders/export.csv?q={number}");
        // Discount and codes, then the base-currency columns appended after them (Orders README).
        Assert.Contains($",13.90,{code},", csv, StringComparison.Ordinal);
    }
}
