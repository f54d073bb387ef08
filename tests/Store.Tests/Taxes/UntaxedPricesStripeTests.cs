using System.Net;
using Microsoft.EntityFrameworkCore;
using Store.Tests.Orders;
using Store.Tests.Payments;

namespace Store.Tests.Taxes;

/// <summary>Prices without tax (US style): tax is added per line and on shipping, and Stripe is asked for exactly the order's total.</summary>
public sealed class UntaxedPricesStripeTests(TaxStripeAppFactory app) : IClassFixture<TaxStripeAppFactory>
{
    [Theory]
    // 3998 at 7.25 % = 289.855 -> 290, shipping 1490 -> 108.025 -> 108.
    [InlineData("CA", 290, 108)]
    // Postal codes 100… (New York City) at 8.875 %: 354.82 -> 355, 132.24 -> 132.
    [InlineData("NY", 355, 132)]
    public async Task Tax_is_added_on_lines_and_shipping_and_Stripe_charges_the_order_total(string state, long lineTax, long shippingTax)
    {
        await app.SetUpAsync(pricesIncludeTax: false);
        var fan = await app.TaxedProductAsync("Desk Fan " + state, 1999, null, 3000);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(fan, 2)).OkJsonAsync();

        var placed = await (await api.PlaceAsync(body: new { address = state == "CA" ? TaxShop.CaliforniaAddress : TaxShop.NewYorkCityAddress })).OkJsonAsync(HttpStatusCode.Created);
        var number = placed.GetProperty("number").GetString()!;
        await api.StartPaymentAsync(number);

        var order = await app.WithOrdersAsync(q => q.Include(o => o.Lines).FirstAsync(o => o.Number == number));
        Assert.Equal((3998L, 1490L, lineTax, shippingTax, lineTax + shippingTax, 3998 + 1490 + lineTax + shippingTax, false),
            (order.Subtotal, order.Shipping, Assert.Single(order.Lines).TaxAmount, order.ShippingTax, order.TaxTotal, order.Total, order.PricesIncludeTax));
        var call = Assert.Single(app.Stripe.CallsTo("/v1/checkout/sessions"), c => c.Form["client_reference_id"] == number);
        Assert.Equal(("Tax", (lineTax + shippingTax).ToString(System.Globalization.CultureInfo.InvariantCulture), "1"),
            (call.Form["line_items[2][price_data][product_data][name]"], call.Form["line_items[2][price_data][unit_amount]"], call.Form["line_items[2][quantity]"]));
        Assert.Equal(order.Total, (long)app.Stripe.SessionOf(number)["amount_total"]!);
    }
}
