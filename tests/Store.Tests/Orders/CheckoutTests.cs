using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Store.Orders.Contracts;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.Tests.Orders;

/// <summary>Placing orders: the checkout form and the API, idempotency, server-side prices, copied lines, the email.</summary>
public sealed class CheckoutTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    [Fact]
    public async Task A_shopper_checks_out_with_a_new_address_and_the_order_copies_lines_and_totals()
    {
        var (bowl, spoon) = (await app.ProductAsync("Bowl", 1800, 5), await app.ProductAsync("Spoon", 350, 9));
        var email = Store.Tests.Accounts.Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var browser = await app.SignedInCustomerAsync(email);
        await browser.PostCartFormAsync("/cart/add", new Dictionary<string, string> { ["variantId"] = bowl.VariantId.ToString(), ["quantity"] = "2" });
        await browser.PostCartFormAsync("/cart/add", new Dictionary<string, string> { ["variantId"] = spoon.VariantId.ToString(), ["quantity"] = "1" });

        var fields = new Dictionary<string, string>
        {
            ["Address"] = "new",
            ["FullName"] = "Ada Buyer",
            ["Line1"] = "1 Main Street",
            ["City"] = "Lyon",
            ["PostalCode"] = "69001",
            ["Country"] = "fr",
            ["SaveAddress"] = "true",
            // A forged total is just an unknown field.
            ["Total"] = "1",
        };
        var page = await browser.GetStringAsync("/checkout");
        Assert.Contains("$39.50", page, StringComparison.Ordinal);
        var token = FormPost.TokenOf(page);
        fields["PlaceToken"] = System.Text.RegularExpressions.Regex.Match(page, "name=\"PlaceToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var placed = await browser.PostFormAsync("/checkout", fields, token);
        var again = await browser.PostFormAsync("/checkout", fields, token);

        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        Assert.Equal(placed.Headers.Location, again.Headers.Location);
        var orderPage = await browser.GetStringAsync(placed.Headers.Location!.OriginalString);
        var number = placed.Headers.Location!.OriginalString.Split('/')[3].Split('?')[0];
        Assert.Matches("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", number);
        Assert.Contains("Order " + number, orderPage, StringComparison.Ordinal);
        Assert.Contains("Pending", orderPage, StringComparison.Ordinal);
        Assert.Contains("$44.50", orderPage, StringComparison.Ordinal); // 39.50 and 5.00 shipping (under the 50.00 threshold)
        var order = await app.WithOrdersAsync(q => q.Include(o => o.Lines).Where(o => o.Number == number).SingleAsync());
        Assert.Equal((3950L, 500L, 4450L, OrderStatus.Pending), (order.Subtotal, order.Shipping, order.Total, order.Status));
        Assert.Equal(["Bowl|2|1800|3600", "Spoon|1|350|350"], order.Lines.OrderBy(l => l.ProductName).Select(l => $"{l.ProductName}|{l.Quantity}|{l.UnitPrice}|{l.LineTotal}"));
        Assert.Equal(1, await app.WithOrdersAsync(q => q.CountAsync(o => o.Email == email)));
        Assert.Equal((3, 8), (await app.StockOfAsync(bowl), await app.StockOfAsync(spoon)));
        Assert.Equal(0, await browser.CartCountAsync());
        Assert.Contains("Ada Buyer", await browser.GetStringAsync("/account/addresses"), StringComparison.Ordinal);
        var mail = await app.MailToAsync(email, number);
        Assert.Contains("received", mail.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_places_one_order_per_idempotency_key_and_ignores_prices_sent_by_the_client()
    {
        var kettle = await app.ProductAsync("Kettle", 6000, 4);
        var (_, api) = await app.ApiShopperAsync();
        await api.PostAsJsonAsync("/api/v1/cart/items", new { variantId = kettle.VariantId, quantity = 1, price = 1, unitPrice = 1 });

        var first = await (await api.PlaceAsync("key-1", new { address = Shop.Address, total = 1, subtotal = 1, lines = new[] { new { unitPrice = 1 } } })).OkJsonAsync(HttpStatusCode.Created);
        var retry = await (await api.PlaceAsync("key-1")).OkJsonAsync();

        Assert.Equal(first.GetProperty("number").GetString(), retry.GetProperty("number").GetString());
        Assert.Equal((6000L, 0L, 6000L), (first.GetProperty("subtotal").GetInt64(), first.GetProperty("shipping").GetInt64(), first.GetProperty("total").GetInt64()));
        Assert.Equal(6000L, first.GetProperty("lines")[0].GetProperty("unitPrice").GetInt64());
        Assert.Equal(3, await app.StockOfAsync(kettle));
        Assert.Equal(1, (await (await api.GetAsync("/api/v1/orders")).OkJsonAsync()).GetProperty("total").GetInt32());
        // A new key with an empty cart is refused, and nothing changes.
        var empty = await api.PlaceAsync("key-2");
        Assert.Equal(HttpStatusCode.Conflict, empty.StatusCode);
        Assert.Contains("Your cart is empty", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noKey = await api.PostAsJsonAsync("/api/v1/orders", new { address = Shop.Address });
        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
    }

    [Fact]
    public async Task The_same_key_sent_many_times_at_once_places_one_order()
    {
        var clock = await app.ProductAsync("Clock", 2500, 10);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(clock, 2)).OkJsonAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => api.PlaceAsync("same-key"))));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, a.StatusCode.ToString()));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        var numbers = await Task.WhenAll(answers.Select(async a => (await a.JsonAsync()).GetProperty("number").GetString()));
        Assert.Single(numbers.Distinct());
        Assert.Equal(8, await app.StockOfAsync(clock));
    }

    [Fact]
    public async Task Bad_addresses_and_someone_elses_address_are_refused_and_change_nothing()
    {
        var tray = await app.ProductAsync("Tray", 1000, 5);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(tray, 1)).OkJsonAsync();
        var (_, other) = await app.ApiShopperAsync();
        var theirs = await (await other.PostAsJsonAsync("/api/v1/account/addresses", Shop.Address)).OkJsonAsync(HttpStatusCode.Created);

        var stolen = await api.PlaceAsync(body: new { addressId = theirs.GetProperty("id").GetInt32() });
        var bad = await api.PlaceAsync(body: new { address = new { fullName = "", line1 = "x", city = "y", postalCode = "1", country = "ZZ" } });
        var none = await api.PlaceAsync(body: new { });

        Assert.Equal(HttpStatusCode.BadRequest, stolen.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("country", (await bad.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).First(n => n.Contains("country", StringComparison.OrdinalIgnoreCase)), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(5, await app.StockOfAsync(tray));
        Assert.Equal(1, (await (await api.GetAsync("/api/v1/cart")).OkJsonAsync()).GetProperty("count").GetInt32());
    }
}
