using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Store.Orders.Orders;
using Store.Tests.Orders;

namespace Store.Tests.Taxes;

/// <summary>Prices including tax (EU style): each line and shipping taxed at the address's rate, rounded per line, summing to what is charged.</summary>
public sealed class TaxedCheckoutTests(TaxShopAppFactory app) : IClassFixture<TaxShopAppFactory>
{
    [Fact]
    public async Task A_French_and_a_German_address_pay_their_own_VAT_on_lines_and_shipping()
    {
        await app.SetUpAsync(pricesIncludeTax: true);
        var lamp = await app.TaxedProductAsync("Linen Lamp", 2450, null, 1200);
        var book = await app.TaxedProductAsync("Cook Book", 1000, "reduced", 400);

        var french = await OrderAsync(lamp, book, TaxShop.FrenchAddress);
        var german = await OrderAsync(lamp, book, TaxShop.GermanAddress);

        // FR: 2450 at 20 % holds 408.33 -> 408; 2000 at 5.5 % holds 104.27 -> 104; shipping 490 at 20 % holds 81.67 -> 82.
        Assert.Equal((4450L, 490L, "Standard", 82L, 594L, 4940L, true), (french.Subtotal, french.Shipping, french.ShippingMethod, french.ShippingTax, french.TaxTotal, french.Total, french.PricesIncludeTax));
        Assert.Equal([(20m, 408L), (5.5m, 104L)], french.Lines.OrderBy(l => l.Id).Select(l => (l.TaxRate, l.TaxAmount)));
        // DE: 2 kg in the cart is the second weight band (8.90); 19 % holds 391.18 -> 391, 7 % holds 130.84 -> 131, shipping 142.10 -> 142.
        Assert.Equal((4450L, 890L, 142L, 664L, 5340L), (german.Subtotal, german.Shipping, german.ShippingTax, german.TaxTotal, german.Total));
        Assert.Equal([(19m, 391L), (7m, 131L)], german.Lines.OrderBy(l => l.Id).Select(l => (l.TaxRate, l.TaxAmount)));
        foreach (var order in new[] { french, german })
        {
            Assert.Equal(order.Total, order.Lines.Sum(l => l.LineTotal) + order.Shipping);
            Assert.Equal(order.TaxTotal, order.Lines.Sum(l => l.TaxAmount) + order.ShippingTax);
        }
    }

    [Fact]
    public async Task The_order_page_and_the_API_show_the_tax_by_rate()
    {
        await app.SetUpAsync(pricesIncludeTax: true);
        var mug = await app.TaxedProductAsync("Blue Mug", 1200, null, 300);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(mug, 1)).OkJsonAsync();

        var placed = await (await api.PlaceAsync(body: new { address = TaxShop.GermanAddress })).OkJsonAsync(HttpStatusCode.Created);

        var tax = placed.GetProperty("tax");
        // 1200 + 590 shipping, both at 19 %: 191.60 -> 192 and 94.20 -> 94.
        Assert.Equal((286L, true, "Standard"), (tax.GetProperty("taxTotal").GetInt64(), tax.GetProperty("pricesIncludeTax").GetBoolean(), tax.GetProperty("shippingMethod").GetString()));
        Assert.Equal(19m, Assert.Single(tax.GetProperty("rates").EnumerateArray()).GetProperty("rate").GetDecimal());
        Assert.Equal((19m, 192L), (placed.GetProperty("lines")[0].GetProperty("taxRate").GetDecimal(), placed.GetProperty("lines")[0].GetProperty("taxAmount").GetInt64()));
    }

    private async Task<Order> OrderAsync(Item lamp, Item book, object address)
    {
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(lamp, 1)).OkJsonAsync();
        await (await api.AddAsync(book, 2)).OkJsonAsync();
        var placed = await (await api.PlaceAsync(body: new { address })).OkJsonAsync(HttpStatusCode.Created);
        var number = placed.GetProperty("number").GetString();
        return await app.WithOrdersAsync(q => q.Include(o => o.Lines).FirstAsync(o => o.Number == number));
    }
}
