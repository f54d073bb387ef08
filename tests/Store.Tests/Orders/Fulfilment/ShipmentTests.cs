using System.Net;
using Microsoft.EntityFrameworkCore;
using Store.Core.Security;
using Store.Orders.Contracts;
using Store.Orders.Shipments;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;
using Store.Tests.Orders.Admin;

namespace Store.Tests.Orders.Fulfilment;

/// <summary>Staff ship paid orders in parts; the order is Shipped with the last unit and Delivered with the last delivery.</summary>
public sealed class ShipmentTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    [Fact]
    public async Task An_order_shipped_in_two_parts_is_Shipped_only_with_the_second_and_Delivered_only_when_both_arrive()
    {
        var order = await app.PaidOrderAsync(("Two-part Mug", 1200, 2), ("Two-part Plate", 800, 1));
        var (_, staff) = await app.StaffAsync();
        var (mug, plate) = (order.LineIds[0], order.LineIds[1]);

        var first = await (await staff.ShipAsync(order.Number, new { lines = new[] { new { lineId = mug, quantity = 1 } }, carrier = "ups", trackingNumber = "1Z 999" }))
            .OkJsonAsync(HttpStatusCode.Created);

        Assert.Equal("Paid", first.GetProperty("status").GetString());
        var shipment = Assert.Single(first.GetProperty("shipments").EnumerateArray());
        Assert.Equal("UPS", shipment.GetProperty("carrier").GetString());
        Assert.Equal("https://www.ups.com/track?tracknum=1Z%20999", shipment.GetProperty("trackingUrl").GetString());
        Assert.Equal([1, 0], first.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("shipped").GetInt32()));
        Assert.Equal(OrderStatus.Paid, await app.StatusAsync(order.Number));
        var mail = await app.MailToAsync(order.Email, $"Order {order.Number}: parcel 1 is on its way");
        Assert.Contains("https://www.ups.com/track?tracknum=1Z%20999", mail.HtmlBody, StringComparison.Ordinal);
        // The customer sees it on the order at once.
        var seen = await (await order.Api.GetAsync($"/api/v1/orders/{order.Number}")).OkJsonAsync();
        Assert.Equal("1Z 999", Assert.Single(seen.GetProperty("shipments").EnumerateArray()).GetProperty("trackingNumber").GetString());

        // One mug is left: two more are refused, with the reason, and nothing is shipped.
        var over = await staff.ShipAsync(order.Number, new { lines = new[] { new { lineId = mug, quantity = 2 }, new { lineId = plate, quantity = 1 } }, carrier = "DHL", trackingNumber = "JD1" });
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Contains("Only 1 of Two-part Mug is left to ship, not 2.", await over.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Shipment>().CountAsync(s => db.Set<Store.Orders.Orders.Order>().Any(o => o.Id == s.OrderId && o.Number == order.Number))));

        var second = await (await staff.ShipAsync(order.Number, new { lines = new[] { new { lineId = mug, quantity = 1 }, new { lineId = plate, quantity = 1 } }, carrier = "DHL", trackingNumber = "JD2", trackingUrl = "https://track.example/JD2" }))
            .OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal("Shipped", second.GetProperty("status").GetString());
        Assert.Equal(OrderStatus.Shipped, await app.StatusAsync(order.Number));
        await app.MailToAsync(order.Email, $"Order {order.Number}: the last parcel is on its way");
        var nothingLeft = await staff.ShipAsync(order.Number, new { lines = new[] { new { lineId = plate, quantity = 1 } }, carrier = "DHL", trackingNumber = "JD3" });
        Assert.Equal(HttpStatusCode.Conflict, nothingLeft.StatusCode);

        await (await staff.PostAsync($"/api/v1/admin/orders/{order.Number}/shipments/2/delivered", null)).OkJsonAsync();
        Assert.Equal(OrderStatus.Shipped, await app.StatusAsync(order.Number));
        var done = await (await staff.PostAsync($"/api/v1/admin/orders/{order.Number}/shipments/1/delivered", null)).OkJsonAsync();
        Assert.Equal("Delivered", done.GetProperty("status").GetString());
        Assert.Equal(OrderStatus.Delivered, await app.StatusAsync(order.Number));
        await app.MailToAsync(order.Email, $"Order {order.Number} was delivered");
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsync($"/api/v1/admin/orders/{order.Number}/shipments/3/delivered", null)).StatusCode);
    }

    [Fact]
    public async Task Bad_shipments_are_refused_with_a_message_and_change_nothing()
    {
        var pending = await app.PlaceAsync(("Unpaid Vase", 3000, 1));
        var paid = await app.PaidOrderAsync(("Checked Vase", 3000, 1));
        var (_, staff) = await app.StaffAsync();
        var line = new[] { new { lineId = paid.LineIds[0], quantity = 1 } };

        var unpaid = await staff.ShipAsync(pending.Number, new { lines = new[] { new { lineId = pending.LineIds[0], quantity = 1 } }, carrier = "UPS", trackingNumber = "1" });
        Assert.Equal(HttpStatusCode.Conflict, unpaid.StatusCode);
        Assert.Contains("only a paid order", await unpaid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var script = await staff.ShipAsync(paid.Number, new { lines = line, carrier = "Courier", trackingNumber = "X1", trackingUrl = "javascript:alert(1)" });
        Assert.Equal(HttpStatusCode.BadRequest, script.StatusCode);
        Assert.Contains("http:// or https://", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noCarrier = await staff.ShipAsync(paid.Number, new { lines = line, carrier = "", trackingNumber = "X1" });
        Assert.Equal(HttpStatusCode.BadRequest, noCarrier.StatusCode);
        var foreign = await staff.ShipAsync(paid.Number, new { lines = new[] { new { lineId = pending.LineIds[0], quantity = 1 } }, carrier = "UPS", trackingNumber = "1" });
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.ShipAsync(paid.Number, new { nonsense = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.ShipAsync("NOPE-NOPE", new { lines = line, carrier = "UPS", trackingNumber = "1" })).StatusCode);

        var shipments = await (await staff.GetAsync($"/api/v1/admin/orders/{paid.Number}/shipments")).OkJsonAsync();
        Assert.Empty(shipments.GetProperty("shipments").EnumerateArray());
        Assert.Equal(OrderStatus.Paid, await app.StatusAsync(paid.Number));

        // A customer may not ship, nor see the staff list.
        var (_, customer) = await app.StaffAsync(StoreRoles.Customer);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.ShipAsync(paid.Number, new { lines = line, carrier = "UPS", trackingNumber = "1" })).StatusCode);
    }

    [Fact]
    public async Task The_same_key_twice_at_once_makes_one_shipment()
    {
        var order = await app.PaidOrderAsync(("Raced Lamp", 5000, 3));
        var (_, staff) = await app.StaffAsync();
        var key = Guid.NewGuid().ToString("n");
        var body = new { lines = new[] { new { lineId = order.LineIds[0], quantity = 1 } }, carrier = "UPS", trackingNumber = "RACE" };

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => staff.ShipAsync(order.Number, body, key)));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, a.StatusCode.ToString()));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        var shipments = await (await staff.GetAsync($"/api/v1/admin/orders/{order.Number}/shipments")).OkJsonAsync();
        Assert.Single(shipments.GetProperty("shipments").EnumerateArray());
        Assert.Equal(2, shipments.GetProperty("lines")[0].GetProperty("left").GetInt32());
    }

    [Fact]
    public async Task Ship_forms_racing_for_the_last_units_never_ship_more_than_was_ordered()
    {
        var order = await app.PaidOrderAsync(("Contested Chair", 4000, 3));
        var (_, staff) = await app.StaffAsync();
        var body = new { lines = new[] { new { lineId = order.LineIds[0], quantity = 2 } }, carrier = "UPS", trackingNumber = "R" };

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => staff.ShipAsync(order.Number, body)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.BadRequest, a.StatusCode));
        var shipments = await (await staff.GetAsync($"/api/v1/admin/orders/{order.Number}/shipments")).OkJsonAsync();
        Assert.Equal(2, shipments.GetProperty("lines")[0].GetProperty("shipped").GetInt32());
    }

    [Fact]
    public async Task Staff_ship_from_the_order_page_a_double_submit_makes_one_shipment_and_the_packing_slip_lists_it()
    {
        var order = await app.PaidOrderAsync(("Page Kettle", 2500, 2), ("Page Cup", 900, 4));
        var (browser, _) = await app.StaffAsync();
        var page = await browser.GetStringAsync($"/admin/orders/{order.Number}");
        Assert.Contains("Ship items", page, StringComparison.Ordinal);
        var key = System.Text.RegularExpressions.Regex.Match(page, "name=\"Key\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(key);
        var fields = new Dictionary<string, string>
        {
            [$"Lines[{order.LineIds[0]}]"] = "2",
            [$"Lines[{order.LineIds[1]}]"] = "1",
            ["Carrier"] = "La Poste",
            ["TrackingNumber"] = "LP123FR",
            ["TrackingUrl"] = "",
            ["Key"] = key,
        };
        var token = FormPost.TokenOf(page);

        var first = await browser.PostFormAsync($"/admin/orders/{order.Number}?handler=Ship", fields, token);
        var again = await browser.PostFormAsync($"/admin/orders/{order.Number}?handler=Ship", fields, token);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var after = await browser.GetStringAsync($"/admin/orders/{order.Number}");
        // The page shows the answer to the second submit: the shipment the first one made.
        Assert.Contains("Shipment 1 was already recorded.", after, StringComparison.Ordinal);
        Assert.Contains("LP123FR", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Shipment 2", after, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Paid, await app.StatusAsync(order.Number));

        var slip = await browser.GetStringAsync($"/admin/orders/{order.Number}/shipments/1/packing-slip");
        Assert.Contains("Packing slip", slip, StringComparison.Ordinal);
        Assert.Contains("Page Kettle", slip, StringComparison.Ordinal);
        Assert.Contains("Page Cup", slip, StringComparison.Ordinal);
        Assert.Contains("Ada Buyer", slip, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/admin/orders/{order.Number}/shipments/9/packing-slip")).StatusCode);

        // Too many of the cups: the page says why and ships nothing.
        var over = await browser.PostFormAsync($"/admin/orders/{order.Number}?handler=Ship",
            new Dictionary<string, string> { [$"Lines[{order.LineIds[1]}]"] = "4", ["Carrier"] = "UPS", ["TrackingNumber"] = "9", ["Key"] = Guid.NewGuid().ToString("n") }, token);
        var refused = await browser.GetStringAsync(over.Headers.Location!.OriginalString);
        Assert.Contains("Only 3 of Page Cup are left to ship, not 4.", refused, StringComparison.Ordinal);
    }
}
