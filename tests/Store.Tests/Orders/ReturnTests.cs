using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Store.Catalog.Products;
using Store.Orders.Orders;
using Store.Orders.Returns;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;
using Store.Tests.Orders.Fulfilment;

namespace Store.Tests.Orders;

/// <summary>Returns (delivered units, periods per product, category and default, the staff steps and the refund) and the EU withdrawal function.</summary>
public sealed partial class ReturnTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    [Fact]
    public async Task A_customer_returns_delivered_items_and_staff_approve_receive_and_refund_each_step_emailed()
    {
        var order = await DeliveredOrderAsync(("Return Shirt", 2000, 2), ("Return Sock", 500, 3));
        var customer = await app.SignedInCustomerAsync(order.Email);
        var form = await customer.GetStringAsync($"/account/orders/{order.Number}/return");
        var fields = new Dictionary<string, string>
        {
            ["Key"] = Regex.Match(form, "name=\"Key\" value=\"([^\"]+)\"").Groups[1].Value,
            [$"Line_{order.LineIds[0]}"] = "1",
            ["Reason"] = "Too small",
            ["Outcome"] = "refund",
        };

        var sent = await customer.PostFormAsync($"/account/orders/{order.Number}/return", fields, FormPost.TokenOf(form));
        var twice = await customer.PostFormAsync($"/account/orders/{order.Number}/return", fields, FormPost.TokenOf(form));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(sent.Headers.Location, twice.Headers.Location);
        var number = order.Number + "-R1";
        Assert.Contains(number, sent.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ReturnRequest>().CountAsync(r => r.Number.StartsWith(order.Number))));
        Assert.Contains("Too small", (await app.MailToAsync(order.Email, "We received your return request " + number)).HtmlBody, StringComparison.Ordinal);
        Assert.Contains(number, await customer.GetStringAsync($"/account/orders/{order.Number}"), StringComparison.Ordinal);

        var staff = await app.ApiAdminAsync();
        var received = await staff.PostAsJsonAsync($"/api/v1/admin/returns/{number}/status", new { status = "Received" });
        Assert.Equal(HttpStatusCode.Conflict, received.StatusCode);
        var noReason = await staff.PostAsJsonAsync($"/api/v1/admin/returns/{number}/status", new { status = "Rejected" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        await (await staff.PostAsJsonAsync($"/api/v1/admin/returns/{number}/status", new { status = "Approved", note = "Send it to 3 Rue du Port." })).OkJsonAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/v1/admin/returns/{number}/status", new { status = "Approved" })).StatusCode);
        Assert.Contains("3 Rue du Port", (await app.MailToAsync(order.Email, $"Return {number} is approved")).HtmlBody, StringComparison.Ordinal);
        await (await staff.PostAsJsonAsync($"/api/v1/admin/returns/{number}/status", new { status = "Received" })).OkJsonAsync();
        await app.MailToAsync(order.Email, $"We received the items of return {number}");

        var admin = await app.SignedInAdminAsync();
        var page = await admin.GetStringAsync($"/admin/returns/{number}");
        Assert.Contains("20.00", page, StringComparison.Ordinal);
        var tooMuch = await admin.PostFormAsync($"/admin/returns/{number}/refund", new Dictionary<string, string> { ["amount"] = "9999.00" }, FormPost.TokenOf(page));
        Assert.Contains("error=", tooMuch.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0L, await app.WithOrdersAsync(q => q.Where(o => o.Number == order.Number).Select(o => o.RefundedAmount).SingleAsync()));
        var refunded = await admin.PostFormAsync($"/admin/returns/{number}/refund", new Dictionary<string, string> { ["amount"] = "20.00" }, FormPost.TokenOf(page));
        var again = await admin.PostFormAsync($"/admin/returns/{number}/refund", new Dictionary<string, string> { ["amount"] = "20.00" }, FormPost.TokenOf(page));

        Assert.EndsWith("?refunded=1", refunded.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("error=", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(2000L, await app.WithOrdersAsync(q => q.Where(o => o.Number == order.Number).Select(o => o.RefundedAmount).SingleAsync()));
        await app.MailToAsync(order.Email, $"Return {number} is refunded");
        var history = await customer.GetStringAsync($"/account/orders/{order.Number}");
        foreach (var step in new[] { "requested", "approved", "received", "refunded" })
        {
            Assert.Contains($"Return {number} {step}", history, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Bad_return_requests_are_refused_with_a_message_and_change_nothing()
    {
        var order = await DeliveredOrderAsync(("Bad Return Hat", 1500, 1));
        var pending = await app.PlaceAsync(("Bad Return Scarf", 900, 1));
        var api = order.Api;

        var noKey = await api.PostAsJsonAsync($"/api/v1/orders/{order.Number}/returns", new { lines = new[] { new { lineId = order.LineIds[0], quantity = 1 } }, reason = "x", outcome = "refund" });
        var tooMany = await ReturnAsync(api, order.Number, order.LineIds[0], 2, "Too big", "refund");
        var noReason = await ReturnAsync(api, order.Number, order.LineIds[0], 1, "", "refund");
        var badOutcome = await ReturnAsync(api, order.Number, order.LineIds[0], 1, "Too big", "money");
        var notDelivered = await ReturnAsync(pending.Api, pending.Number, pending.LineIds[0], 1, "Changed my mind", "refund");
        var someoneElses = await ReturnAsync(pending.Api, order.Number, order.LineIds[0], 1, "Mine now", "refund");

        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        Assert.Contains("choose from 0 to 1", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Tell us why", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("a refund or an exchange", await badOutcome.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Not delivered yet.", await notDelivered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound],
            new[] { tooMany.StatusCode, noReason.StatusCode, badOutcome.StatusCode, notDelivered.StatusCode, someoneElses.StatusCode });
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ReturnRequest>().CountAsync(r => r.Number.StartsWith(order.Number) || r.Number.StartsWith(pending.Number))));
    }

    [Fact]
    public async Task The_return_period_comes_from_the_product_else_its_category_else_the_default()
    {
        var order = await DeliveredOrderAsync(("Period Own", 1000, 1), ("Period Category", 1000, 1), ("Period Default", 1000, 1), ("Period Never", 1000, 1));
        var products = await app.WithOrdersAsync(q => q.Where(o => o.Number == order.Number).SelectMany(o => o.Lines).OrderBy(l => l.Id).Select(l => l.ProductId).ToListAsync());
        await app.WithDbAsync(db => db.Set<Product>().Where(p => p.Id == products[0]).ExecuteUpdateAsync(s => s.SetProperty(p => p.ReturnDays, 30)));
        await app.WithDbAsync(db => db.Set<Product>().Where(p => p.Id == products[3]).ExecuteUpdateAsync(s => s.SetProperty(p => p.ReturnDays, 0)));
        var category = new Store.Catalog.Categories.Category { Name = "Short returns " + Guid.NewGuid().ToString("n")[..6], Slug = "short-" + Guid.NewGuid().ToString("n")[..8], ReturnDays = 3 };
        await app.WithDbAsync(async db =>
        {
            db.Add(category);
            await db.SaveChangesAsync();
            db.Add(new ProductCategory { ProductId = products[1], CategoryId = category.Id });
            return await db.SaveChangesAsync();
        });

        // The class's clock only moves forward; the other tests deliver at whatever time it is.
        app.Time.Advance(TimeSpan.FromDays(10));
        var (access, _) = await app.CreateClient().TokensAsync(order.Email);
        var api = app.Bearer(access);
        var lines = (await (await api.GetAsync($"/api/v1/orders/{order.Number}/returns")).OkJsonAsync()).GetProperty("returnable").EnumerateArray()
            .Select(l => (l.GetProperty("returnable").GetInt32(), l.GetProperty("whyNot").GetString())).ToList();

        Assert.Equal(1, lines[0].Item1);
        Assert.Equal(0, lines[1].Item1);
        Assert.StartsWith("The 3 days to return it ended", lines[1].Item2, StringComparison.Ordinal);
        Assert.Equal(1, lines[2].Item1);
        Assert.Equal((0, "This item cannot be returned."), lines[3]);
        var late = await ReturnAsync(api, order.Number, order.LineIds[1], 1, "Late", "refund");
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
    }

    [Fact]
    public async Task A_guest_withdraws_before_delivery_in_two_steps_and_gets_a_receipt_with_date_and_time()
    {
        var guests = new GuestCheckoutTests(app);
        var (number, link, email) = await guests.GuestOrderAsync();
        var anyone = app.Browser();
        var pendingStep = await anyone.SubmitAsync("/withdraw", new Dictionary<string, string> { ["Number"] = number, ["Email"] = email });
        Assert.Equal(HttpStatusCode.Conflict, pendingStep.StatusCode);
        Assert.Contains("cancel it instead", await pendingStep.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.PayAsync(number);

        Assert.Contains("href=\"/withdraw\"", await anyone.GetStringAsync("/"), StringComparison.Ordinal);
        var wrong = await anyone.SubmitAsync("/withdraw", new Dictionary<string, string> { ["Number"] = number, ["Email"] = "other@example.com" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var step2 = await anyone.SubmitAsync("/withdraw", new Dictionary<string, string> { ["Number"] = number, ["Email"] = email });
        var confirm = await step2.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, step2.StatusCode);
        Assert.Contains("Confirm withdrawal", confirm, StringComparison.Ordinal);
        var fields = Regex.Matches(confirm, "name=\"(Key|Ticket|Line_\\d+)\"[^>]*value=\"([^\"]*)\"").ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        var tampered = new Dictionary<string, string>(fields) { ["Ticket"] = fields["Ticket"][..^2] + "xx" };

        var forged = await anyone.PostFormAsync("/withdraw/confirm", tampered, FormPost.TokenOf(confirm));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ReturnRequest>().CountAsync(r => r.Number.StartsWith(number))));
        var done = await anyone.PostFormAsync("/withdraw/confirm", fields, FormPost.TokenOf(confirm));
        var twice = await anyone.PostFormAsync("/withdraw/confirm", fields, FormPost.TokenOf(confirm));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ReturnRequest>().CountAsync(r => r.Number.StartsWith(number))));
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        var receipt = await anyone.GetStringAsync(done.Headers.Location!.OriginalString);
        var at = app.Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"We received your withdrawal from the contract for order {number} on {at}", receipt, StringComparison.Ordinal);
        var mail = await app.MailToAsync(email, "We received your withdrawal from order " + number);
        Assert.Contains(at, mail.HtmlBody, StringComparison.Ordinal);
        var admin = await app.SignedInAdminAsync();
        Assert.Contains(number + "-R1", await admin.GetStringAsync("/admin/returns"), StringComparison.Ordinal);
        Assert.Contains("Withdrawal from the contract", await anyone.GetStringAsync(link), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_withdraws_by_number_and_email_once_per_key()
    {
        var order = await app.PaidOrderAsync(("Api Withdraw Lamp", 4000, 1));
        var client = app.CreateClient();

        var wrong = await client.SendAsync(Withdraw(order.Number, "nobody@example.com", "w1"));
        var first = await client.SendAsync(Withdraw(order.Number, order.Email, "w1"));
        var again = await client.SendAsync(Withdraw(order.Number, order.Email, "w1"));

        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        var body = await first.OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal("Withdrawal", body.GetProperty("kind").GetString());
        Assert.Equal(body.GetProperty("number").GetString(), (await again.OkJsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString());
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ReturnRequest>().CountAsync(r => r.Number.StartsWith(order.Number))));
        var nothingLeft = await client.SendAsync(Withdraw(order.Number, order.Email, "w2"));
        Assert.Equal(HttpStatusCode.BadRequest, nothingLeft.StatusCode);
    }

    private static HttpRequestMessage Withdraw(string number, string email, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/withdrawals") { Content = JsonContent.Create(new { number, email }) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static Task<HttpResponseMessage> ReturnAsync(HttpClient api, string number, int lineId, int quantity, string reason, string outcome)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/orders/{number}/returns") { Content = JsonContent.Create(new { lines = new[] { new { lineId, quantity } }, reason, outcome }) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("n"));
        return api.SendAsync(request);
    }

    // Paid, every line shipped in one parcel and delivered, through the staff API.
    private async Task<PlacedOrder> DeliveredOrderAsync(params (string Name, long Price, int Quantity)[] lines)
    {
        var order = await app.PaidOrderAsync(lines);
        var staff = await app.ApiAdminAsync();
        var quantities = await app.WithOrdersAsync(q => q.Where(o => o.Number == order.Number).SelectMany(o => o.Lines).OrderBy(l => l.Id).Select(l => l.Quantity).ToListAsync());
        await (await staff.ShipAsync(order.Number, new { lines = order.LineIds.Zip(quantities, (id, q) => new { lineId = id, quantity = q }), carrier = "UPS", trackingNumber = "1Z" + order.Number })).OkJsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsync($"/api/v1/admin/orders/{order.Number}/shipments/1/delivered", null)).OkJsonAsync();
        return order;
    }
}
