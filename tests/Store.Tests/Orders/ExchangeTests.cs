using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Store.Catalog.Variants;
using Store.Orders.Contracts;
using Store.Orders.Orders;
using Store.Orders.Returns;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;
using Store.Tests.Orders.Fulfilment;

namespace Store.Tests.Orders;

/// <summary>An exchange's last step: once the items are received, staff send a replacement order at no charge.</summary>
public sealed class ExchangeTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    [Fact]
    public async Task A_received_exchange_sends_one_replacement_order_at_no_charge_with_stock_taken_emailed_and_in_both_histories()
    {
        var order = await DeliveredOrderAsync("Exchange Shirt " + Guid.NewGuid().ToString("n")[..6], 2500, 2);
        var number = await ReturnAsync(order, "exchange");
        var staff = await app.ApiAdminAsync();
        await MoveAsync(staff, number, "Approved");
        await MoveAsync(staff, number, "Received");
        Assert.Contains("your replacement follows", (await app.MailToAsync(order.Email, "We received the items of return " + number)).HtmlBody, StringComparison.Ordinal);
        var variantId = await app.WithOrdersAsync(q => q.Where(o => o.Number == order.Number).SelectMany(o => o.Lines).Select(l => l.VariantId).SingleAsync());
        var stockBefore = await StockAsync(variantId);

        // Two staff members click at once: one replacement.
        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => staff.PostAsJsonAsync($"/api/v1/admin/returns/{number}/status", new { status = "Replaced" }))));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var replaced = await answers.Single(a => a.StatusCode == HttpStatusCode.OK).OkJsonAsync();
        Assert.Equal("Replaced", replaced.GetProperty("status").GetString());
        var replacement = await app.WithOrdersAsync(q => q.Include(o => o.Lines).SingleAsync(o => o.Email == order.Email && o.Number != order.Number));
        Assert.Contains(replacement.Number, replaced.GetProperty("staffNote").GetString(), StringComparison.Ordinal);
        Assert.Equal((OrderStatus.Paid, 0L, 1), (replacement.Status, replacement.Total, replacement.Lines.Single().Quantity));
        Assert.Equal((variantId, 0L), (replacement.Lines[0].VariantId, replacement.Lines[0].LineTotal));
        Assert.Equal(stockBefore - 1, await StockAsync(variantId));
        Assert.Contains(replacement.Number, (await app.MailToAsync(order.Email, $"Your replacement for return {number} is on its way")).HtmlBody, StringComparison.Ordinal);

        // The customer sees it among their orders, and both histories tell what happened.
        var mine = await (await order.Api.GetAsync($"/api/v1/orders/{replacement.Number}")).OkJsonAsync();
        Assert.Equal("Paid", mine.GetProperty("status").GetString());
        var notes = await app.WithDbAsync(db => db.Set<OrderHistoryEntry>().Where(h => h.OrderId == replacement.Id || db.Set<Order>().Any(o => o.Id == h.OrderId && o.Number == order.Number)).Select(h => h.Note).ToListAsync());
        Assert.Contains($"Return {number} replaced: order {replacement.Number} sent at no charge", notes);
        Assert.Contains($"Replacement for return {number} of order {order.Number}, at no charge", notes);
        Assert.Contains($"Return {number} replaced", await (await app.SignedInCustomerAsync(order.Email)).GetStringAsync($"/account/orders/{order.Number}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_replacement_for_a_refund_before_receipt_or_without_stock_and_nothing_changes()
    {
        var name = "Exchange Lamp " + Guid.NewGuid().ToString("n")[..6];
        var order = await DeliveredOrderAsync(name, 4000, 3);
        var staff = await app.ApiAdminAsync();
        var refund = await ReturnAsync(order, "refund");
        await MoveAsync(staff, refund, "Approved");
        await MoveAsync(staff, refund, "Received");
        var exchange = await ReturnAsync(order, "exchange");

        var notReceived = await staff.PostAsJsonAsync($"/api/v1/admin/returns/{exchange}/status", new { status = "Replaced" });
        var forRefund = await staff.PostAsJsonAsync($"/api/v1/admin/returns/{refund}/status", new { status = "Replaced" });
        Assert.Equal(HttpStatusCode.Conflict, notReceived.StatusCode);
        Assert.Contains("once the items are received", await notReceived.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, forRefund.StatusCode);
        Assert.Contains("not an exchange", await forRefund.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await MoveAsync(staff, exchange, "Approved");
        await MoveAsync(staff, exchange, "Received");
        var variantId = await app.WithOrdersAsync(q => q.Where(o => o.Number == order.Number).SelectMany(o => o.Lines).Select(l => l.VariantId).SingleAsync());
        await app.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.Id == variantId).ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, 0)));
        var soldOut = await staff.PostAsJsonAsync($"/api/v1/admin/returns/{exchange}/status", new { status = "Replaced" });

        Assert.Equal(HttpStatusCode.BadRequest, soldOut.StatusCode);
        Assert.Contains("Not enough in stock", await soldOut.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ReturnStatus.Received, await app.WithDbAsync(db => db.Set<ReturnRequest>().Where(r => r.Number == exchange).Select(r => r.Status).SingleAsync()));
        Assert.Equal(1, await app.WithOrdersAsync(q => q.CountAsync(o => o.Email == order.Email)));

        // The admin's page offers the step for the exchange, and refunding instead.
        var page = await (await app.SignedInAdminAsync()).GetStringAsync($"/admin/returns/{exchange}");
        Assert.Contains("Send replacement", page, StringComparison.Ordinal);
        Assert.Contains("Refund instead", page, StringComparison.Ordinal);
    }

    private Task<int> StockAsync(int variantId) => app.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.Id == variantId).Select(v => v.Stock).SingleAsync());

    private static async Task MoveAsync(HttpClient staff, string number, string status) =>
        await (await staff.PostAsJsonAsync($"/api/v1/admin/returns/{number}/status", new { status })).OkJsonAsync();

    private static async Task<string> ReturnAsync(PlacedOrder order, string outcome)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/orders/{order.Number}/returns") { Content = JsonContent.Create(new { lines = new[] { new { lineId = order.LineIds[0], quantity = 1 } }, reason = "Wrong size", outcome }) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("n"));
        return (await (await order.Api.SendAsync(request)).OkJsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString()!;
    }

    private async Task<PlacedOrder> DeliveredOrderAsync(string name, long price, int quantity)
    {
        var order = await app.PaidOrderAsync((name, price, quantity));
        var staff = await app.ApiAdminAsync();
        await (await staff.ShipAsync(order.Number, new { lines = new[] { new { lineId = order.LineIds[0], quantity } }, carrier = "UPS", trackingNumber = "1Z" + order.Number })).OkJsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsync($"/api/v1/admin/orders/{order.Number}/shipments/1/delivered", null)).OkJsonAsync();
        return order;
    }
}
