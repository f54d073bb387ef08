using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Store.Core.Security;
using Store.Orders.Contracts;
using Store.Orders.Orders;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.Tests.Orders.Admin;

/// <summary>The order page, status changes one by one and in bulk, and who may open any of it.</summary>
public sealed class OrderAdminChangeTests(OrderAdminAppFactory app) : IClassFixture<OrderAdminAppFactory>
{
    [Fact]
    public async Task The_order_page_shows_lines_totals_address_payment_refunds_and_history()
    {
        var set = await OrderSet.SeedAsync(app);
        var (browser, api) = await app.StaffAsync();
        var carol = set["Carol"];
        await app.WithDbAsync(db => db.Set<Order>().Where(o => o.Number == carol).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.PaymentProvider, "stripe").SetProperty(o => o.PaymentIntentId, "pi_test_123").SetProperty(o => o.AttentionNote, "Check the parcel")));

        var html = await browser.GetStringAsync($"/admin/orders/{carol}");

        Assert.Contains($"Order {carol}", html, StringComparison.Ordinal);
        Assert.Contains("Seed item", html, StringComparison.Ordinal);
        Assert.Contains("$40.00", html, StringComparison.Ordinal);
        Assert.Contains("1 Seed Street", html, StringComparison.Ordinal);
        Assert.Contains("pi_test_123", html, StringComparison.Ordinal);
        Assert.Contains("Check the parcel", html, StringComparison.Ordinal);
        Assert.Contains("Partially refunded", html, StringComparison.Ordinal);
        Assert.Contains("$10.00", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/orders/{carol}/payment\"", html, StringComparison.Ordinal);
        // Shipped goes on to Delivered only.
        Assert.Contains("<option value=\"Delivered\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"Cancelled\">", html, StringComparison.Ordinal);

        var json = await (await api.GetAsync($"/api/v1/admin/orders/{carol}")).OkJsonAsync();
        Assert.Equal("partially_refunded", json.GetProperty("paymentState").GetString());
        Assert.Equal(1000, json.GetProperty("payment").GetProperty("refundedAmount").GetInt64());
        Assert.Equal("stripe", json.GetProperty("payment").GetProperty("provider").GetString());
        Assert.Equal(["Pending", "Paid", "Shipped"], json.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()));
        Assert.Equal(["Delivered"], json.GetProperty("allowedMoves").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/admin/orders/NOPE-NOPE")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/admin/orders/NOPE-NOPE")).StatusCode);
    }

    [Fact]
    public async Task Staff_ship_an_order_with_a_note_and_the_customer_is_emailed_but_an_illegal_move_is_refused_with_a_message()
    {
        var set = await OrderSet.SeedAsync(app);
        var (browser, _) = await app.StaffAsync();
        var bob = set["Bob"];

        var shipped = await browser.SubmitAsync($"/admin/orders/{bob}", new Dictionary<string, string> { ["to"] = "Shipped", ["note"] = "Tracking 1Z999" });

        Assert.Equal(HttpStatusCode.Redirect, shipped.StatusCode);
        var page = await browser.GetStringAsync(shipped.Headers.Location!.OriginalString);
        Assert.Contains("The order is now Shipped", page, StringComparison.Ordinal);
        Assert.Contains("Tracking 1Z999", page, StringComparison.Ordinal);
        await app.MailToAsync(set.ByName["Bob"].Email, $"Order {bob} has shipped");

        var erin = set["Erin"];
        var refused = await browser.SubmitAsync($"/admin/orders/{erin}", new Dictionary<string, string> { ["to"] = "Shipped", ["note"] = "x" }, $"/admin/orders/{erin}");
        var after = await browser.GetStringAsync(refused.Headers.Location!.OriginalString);
        Assert.Contains("An order that is Cancelled cannot become Shipped.", after, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Cancelled, await app.WithOrdersAsync(q => q.Where(o => o.Number == erin).Select(o => o.Status).SingleAsync()));

        // The API says the same with a 409.
        var (_, api) = await app.StaffAsync();
        var conflict = await api.PostAsJsonAsync($"/api/v1/admin/orders/{erin}/status", new { status = "Shipped" });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("cannot become Shipped", await conflict.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bulk_change_moves_the_allowed_orders_and_names_each_refusal()
    {
        var set = await OrderSet.SeedAsync(app);
        var (browser, _) = await app.StaffAsync();
        var extra = Enumerable.Range(0, 2).Select(i => new SeedOrder(OrderSeed.Number(set.Prefix), $"extra{i}.{set.Tag}@example.com", $"Extra{i} {set.Tag}", OrderStatus.Paid, 1200 + i, OrderSet.Day.AddHours(i + 1)) { PaidInHistory = true }).ToArray();
        await app.SeedAsync(extra);
        var numbers = new[] { set["Bob"], extra[0].Number, extra[1].Number, set["Dave"], set["Alice"] };
        var list = await browser.GetStringAsync($"/admin/orders?customer={set.Tag}");
        var fields = numbers.Select(n => new KeyValuePair<string, string>("numbers", n))
            .Append(new("to", "Shipped")).Append(new("note", "Bulk run"))
            .Append(new("__RequestVerificationToken", FormPost.TokenOf(list)!));

        var response = await browser.PostAsync($"/admin/orders?handler=Bulk&customer={set.Tag}", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/orders?customer={set.Tag}", response.Headers.Location!.OriginalString);
        var html = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync(response.Headers.Location.OriginalString));
        Assert.Contains($"3 shipped, 2 refused: An order that is Cancelled cannot become Shipped. ({set["Dave"]}); An order that is Pending cannot become Shipped. ({set["Alice"]})", html, StringComparison.Ordinal);
        Assert.Contains($"{set["Dave"]}: An order that is Cancelled cannot become Shipped.", html, StringComparison.Ordinal);
        var statuses = await app.WithOrdersAsync(q => q.Where(o => numbers.Contains(o.Number)).ToDictionaryAsync(o => o.Number, o => o.Status));
        Assert.Equal(OrderStatus.Shipped, statuses[set["Bob"]]);
        Assert.Equal(OrderStatus.Shipped, statuses[extra[1].Number]);
        Assert.Equal(OrderStatus.Cancelled, statuses[set["Dave"]]);
        Assert.Equal(OrderStatus.Pending, statuses[set["Alice"]]);
        var notes = await app.WithDbAsync(db => db.Set<OrderHistoryEntry>().CountAsync(h => h.Note == "Bulk run"));
        Assert.True(notes >= 3);
        await app.MailToAsync(extra[0].Email, $"Order {extra[0].Number} has shipped");
    }

    [Theory]
    [InlineData(StoreRoles.Customer)]
    [InlineData(StoreRoles.Merchandiser)]
    [InlineData(StoreRoles.Translator)]
    public async Task Other_roles_get_403_on_every_page_and_route(string role)
    {
        var set = await OrderSet.SeedAsync(app);
        var (browser, api) = await app.StaffAsync(role);
        var bob = set["Bob"];

        foreach (var path in new[] { "/admin/orders", $"/admin/orders/{bob}", "/admin/orders/export.csv", "/admin/orders/export.xlsx", "/admin/reports" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(path)).StatusCode);
        }

        foreach (var path in new[] { "/api/v1/admin/orders", $"/api/v1/admin/orders/{bob}", "/api/v1/admin/orders/export.csv", "/api/v1/admin/orders/export.xlsx", "/api/v1/admin/reports/sales" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync(path)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync($"/api/v1/admin/orders/{bob}/status", new { status = "Shipped" })).StatusCode);
        Assert.Equal(OrderStatus.Paid, await app.WithOrdersAsync(q => q.Where(o => o.Number == bob).Select(o => o.Status).SingleAsync()));
        if (role != StoreRoles.Customer)
        {
            Assert.DoesNotContain("href=\"/admin/orders\"", await browser.GetStringAsync("/admin"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(StoreRoles.OrderManager)]
    [InlineData(StoreRoles.Administrator)]
    public async Task Order_managers_and_administrators_may(string role)
    {
        var set = await OrderSet.SeedAsync(app);
        var (browser, api) = await app.StaffAsync(role);

        Assert.Contains("href=\"/admin/orders\"", await browser.GetStringAsync("/admin"), StringComparison.Ordinal);
        Assert.Contains(set["Bob"], await browser.GetStringAsync($"/admin/orders?customer={set.Tag}&sort=total"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/admin/orders/{set["Bob"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/reports")).StatusCode);
    }
}
