using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Store.Orders.Contracts;
using Store.Orders.Orders;
using Store.Orders.Reports;
using Store.Tests.Orders;
using Store.Tests.Payments;

namespace Store.Tests.Currencies;

/// <summary>An order placed and paid in yen through the fake Stripe: its currency, rate and base total, and reports in dollars.</summary>
public sealed class CurrencyOrderTests(CurrencyStripeAppFactory app) : IClassFixture<CurrencyStripeAppFactory>
{
    [Fact]
    public async Task An_order_in_yen_is_charged_in_yen_to_the_yen_and_reported_in_dollars()
    {
        var kettle = await app.ProductAsync("Yen Kettle", 2999, 10);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.PostAsJsonAsync("/api/v1/cart/items?currency=JPY", new { variantId = kettle.VariantId, quantity = 3 })).OkJsonAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders?currency=JPY") { Content = JsonContent.Create(new { address = Shop.Address }) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("n"));
        var placed = await (await api.SendAsync(request)).OkJsonAsync(HttpStatusCode.Created);
        var number = placed.GetProperty("number").GetString()!;
        await api.StartPaymentAsync(number);
        await app.SendEventAsync("checkout.session.completed", app.SessionEventObject(number));

        var order = await app.WithOrdersAsync(q => q.Include(o => o.Lines).FirstAsync(o => o.Number == number));
        // 29.99 × 151.37 = 4539.5863 → ¥4,540 a kettle.
        var line = Assert.Single(order.Lines);
        Assert.Equal(("JPY", 151.37m, 4540L, 13620L), (order.Currency, order.ExchangeRate, line.UnitPrice, line.LineTotal));
        Assert.Equal(OrderStatus.Paid, order.Status);
        // The lines, discounts, shipping and added tax add up to the total charged, in whole yen.
        Assert.Equal(order.Total, order.Subtotal - order.DiscountTotal + order.Shipping + (order.PricesIncludeTax ? 0 : order.TaxTotal));
        var session = app.Stripe.SessionOf(number);
        Assert.Equal(("jpy", order.Total), ((string?)session["currency"], (long)session["amount_total"]!));
        var call = Assert.Single(app.Stripe.CallsTo("/v1/checkout/sessions"), c => c.Form["client_reference_id"] == number);
        Assert.Equal("4540", call.Form["line_items[0][price_data][unit_amount]"]);
        // The base total is the yen total at the order's rate, in cents; the sales tables add that up.
        Assert.Equal((long)decimal.Round(order.Total / 151.37m * 100, MidpointRounding.AwayFromZero), order.BaseTotal);
        var revenue = await app.WithDbAsync(db => db.Set<SalesHour>().Where(h => h.Status == OrderStatus.Paid).SumAsync(h => h.Revenue));
        Assert.Equal(order.BaseTotal, revenue);
    }
}
