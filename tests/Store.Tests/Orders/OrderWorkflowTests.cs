using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Orders.Contracts;
using Store.Orders.Orders;
using Store.Orders.Workflow;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.Tests.Orders;

/// <summary>The transition table as shoppers and staff meet it: cancels, refusals, restocking once, expiry, isolation.</summary>
public sealed class OrderWorkflowTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    private async Task<(HttpClient Api, string Number)> OrderAsync(Item item, int quantity)
    {
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(item, quantity)).OkJsonAsync();
        var order = await (await api.PlaceAsync()).OkJsonAsync(HttpStatusCode.Created);
        return (api, order.GetProperty("number").GetString()!);
    }

    private async Task<HttpClient> StaffAsync()
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail("staff");
        await app.CreateCustomerAsync(email);
        await app.WithUsersAsync(async users => (await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, Store.Core.Security.StoreRoles.OrderManager)).Succeeded);
        var (access, _) = await app.CreateClient().TokensAsync(email);
        return app.Bearer(access);
    }

    private static Task<HttpResponseMessage> MoveAsync(HttpClient staff, string number, string status) =>
        staff.PostAsJsonAsync($"/api/v1/admin/orders/{number}/status", new { status, note = "test" });

    [Fact]
    public async Task A_shopper_cancels_a_pending_order_and_the_stock_comes_back_once()
    {
        var pot = await app.ProductAsync("Cancel Pot", 1000, 5);
        var (api, number) = await OrderAsync(pot, 3);
        Assert.Equal(2, await app.StockOfAsync(pot));

        var cancels = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => api.PostAsync($"/api/v1/orders/{number}/cancel", null))));

        Assert.Single(cancels, c => c.StatusCode == HttpStatusCode.OK);
        Assert.All(cancels.Where(c => c.StatusCode != HttpStatusCode.OK), c => Assert.Equal(HttpStatusCode.Conflict, c.StatusCode));
        Assert.Equal(5, await app.StockOfAsync(pot));
        var detail = await (await api.GetAsync($"/api/v1/orders/{number}")).OkJsonAsync();
        Assert.Equal("Cancelled", detail.GetProperty("status").GetString());
        Assert.Equal(["Pending", "Cancelled"], detail.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()));
    }

    [Fact]
    public async Task A_shopper_cannot_cancel_a_paid_order_but_staff_can_and_two_staff_cancels_at_once_restock_once()
    {
        var lamp = await app.ProductAsync("Paid Lamp", 4000, 6);
        var (api, number) = await OrderAsync(lamp, 2);
        var staff = await StaffAsync();
        await (await MoveAsync(staff, number, "Paid")).OkJsonAsync();

        var refused = await api.PostAsync($"/api/v1/orders/{number}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("can no longer be cancelled", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(4, await app.StockOfAsync(lamp));

        var cancels = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => MoveAsync(staff, number, "Cancelled"))));

        Assert.Single(cancels, c => c.StatusCode == HttpStatusCode.OK);
        Assert.Equal(6, await app.StockOfAsync(lamp));
        var again = await MoveAsync(staff, number, "Cancelled");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(6, await app.StockOfAsync(lamp));
        Assert.Equal("refund_due", (await (await api.GetAsync($"/api/v1/orders/{number}")).OkJsonAsync()).GetProperty("paymentState").GetString());
    }

    [Fact]
    public async Task A_status_change_with_a_stale_if_match_is_refused_with_412_and_changes_nothing()
    {
        var vase = await app.ProductAsync("Etag Vase", 2500, 4);
        var (_, number) = await OrderAsync(vase, 1);
        var staff = await StaffAsync();
        var read = await staff.GetAsync($"/api/v1/admin/orders/{number}");
        var etag = read.Headers.ETag!.Tag;
        Assert.Equal("\"1\"", etag); // placed: one history row

        await (await MoveAsync(staff, number, "Paid")).OkJsonAsync(); // someone else moves it meanwhile

        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/orders/{number}/status") { Content = JsonContent.Create(new { status = "Cancelled" }) };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        var refused = await staff.SendAsync(stale);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal(3, await app.StockOfAsync(vase));

        var fresh = (await staff.GetAsync($"/api/v1/admin/orders/{number}")).Headers.ETag!.Tag;
        Assert.Equal("\"2\"", fresh);
        var current = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/orders/{number}/status") { Content = JsonContent.Create(new { status = "Cancelled" }) };
        current.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(fresh));
        await (await staff.SendAsync(current)).OkJsonAsync();
        Assert.Equal(4, await app.StockOfAsync(vase));
    }

    [Fact]
    public async Task Only_the_table_s_moves_are_allowed_and_each_writes_history_and_an_email()
    {
        var rug = await app.ProductAsync("Rug", 9000, 3);
        var (api, number) = await OrderAsync(rug, 1);
        var staff = await StaffAsync();

        Assert.Equal(HttpStatusCode.Conflict, (await MoveAsync(staff, number, "Shipped")).StatusCode); // not paid yet
        Assert.Equal(HttpStatusCode.Conflict, (await MoveAsync(staff, number, "Refunded")).StatusCode); // the Payments module's
        Assert.Equal(HttpStatusCode.Conflict, (await MoveAsync(staff, number, "Expired")).StatusCode); // the job's
        Assert.Equal(HttpStatusCode.BadRequest, (await MoveAsync(staff, number, "Lost")).StatusCode);
        foreach (var status in new[] { "Paid", "Shipped", "Delivered" })
        {
            await (await MoveAsync(staff, number, status)).OkJsonAsync();
        }

        Assert.Equal(HttpStatusCode.Conflict, (await MoveAsync(staff, number, "Cancelled")).StatusCode);
        var detail = await (await api.GetAsync($"/api/v1/orders/{number}")).OkJsonAsync();
        Assert.Equal(["Pending", "Paid", "Shipped", "Delivered"], detail.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()));
        Assert.Equal(2, await app.StockOfAsync(rug)); // delivered goods stay sold
        var email = await app.WithOrdersAsync(q => q.Where(o => o.Number == number).Select(o => o.Email).SingleAsync());
        await app.MailToAsync(email, $"Order {number} was delivered");
        await app.MailToAsync(email, $"Order {number} has shipped");
        // A shopper cannot use the staff route.
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(api, number, "Paid")).StatusCode);
    }

    [Fact]
    public async Task Another_users_order_answers_404_on_every_route_and_method()
    {
        var cup = await app.ProductAsync("Private Cup", 700, 5);
        var (_, number) = await OrderAsync(cup, 1);
        var (email, stranger) = await app.ApiShopperAsync();
        var browser = await app.SignedInCustomerAsync(email);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/orders/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/orders/{number}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/account/orders/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/account/orders/{number}/events")).StatusCode);
        var token = FormPost.TokenOf(await browser.GetStringAsync("/account/addresses/new"));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostFormAsync($"/account/orders/{number}/cancel", new Dictionary<string, string>(), token)).StatusCode);
        Assert.Equal(0, (await (await stranger.GetAsync("/api/v1/orders")).OkJsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal("Pending", (await app.WithOrdersAsync(q => q.Where(o => o.Number == number).Select(o => o.Status).SingleAsync())).ToString());
        // The API never takes the cookie.
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/orders")).StatusCode);
    }

    [Fact]
    public async Task A_hold_past_its_time_expires_the_order_and_releases_the_stock()
    {
        var fan = await app.ProductAsync("Hold Fan", 3000, 4);
        var (_, number) = await OrderAsync(fan, 3);
        Assert.Equal(1, await app.StockOfAsync(fan));
        Task<OrderStatus> StatusAsync() => app.WithOrdersAsync(q => q.Where(o => o.Number == number).Select(o => o.Status).SingleAsync());

        app.Time.Advance(TimeSpan.FromMinutes(29));
        await app.Services.GetRequiredService<HoldExpiryJob>().RunOnceAsync(CancellationToken.None);
        Assert.Equal(OrderStatus.Pending, await StatusAsync());

        app.Time.Advance(TimeSpan.FromMinutes(2));
        // Run by hand: the job's own timer may be mid-run on the old time when the clock moves.
        await app.Services.GetRequiredService<HoldExpiryJob>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(4, await app.StockOfAsync(fan));

        Assert.Equal(OrderStatus.Expired, await StatusAsync());
        var history = await app.WithDbAsync(db => db.Set<OrderHistoryEntry>().Where(h => db.Set<Order>().Any(o => o.Id == h.OrderId && o.Number == number))
            .OrderBy(h => h.Id).Select(h => new { h.From, h.To, h.By }).ToListAsync());
        Assert.Equal((OrderStatus.Pending, OrderStatus.Expired, "system"), (history[^1].From!.Value, history[^1].To, history[^1].By));
        await app.Services.GetRequiredService<HoldExpiryJob>().RunOnceAsync(CancellationToken.None);
        Assert.Equal(4, await app.StockOfAsync(fan));
    }

    [Fact]
    public async Task The_shopper_cancels_from_the_order_page_with_a_form()
    {
        var bell = await app.ProductAsync("Page Bell", 500, 5);
        var email = Store.Tests.Accounts.Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var browser = await app.SignedInCustomerAsync(email);
        await browser.PostCartFormAsync("/cart/add", new Dictionary<string, string> { ["variantId"] = bell.VariantId.ToString(), ["quantity"] = "1" });
        var checkout = await browser.GetStringAsync("/checkout");
        var placeToken = System.Text.RegularExpressions.Regex.Match(checkout, "name=\"PlaceToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var placed = await browser.PostFormAsync("/checkout", new Dictionary<string, string> { ["PlaceToken"] = placeToken, ["Address"] = "new", ["FullName"] = "Bo", ["Line1"] = "2 Road", ["City"] = "Paris", ["PostalCode"] = "75001", ["Country"] = "FR" }, FormPost.TokenOf(checkout));
        var url = placed.Headers.Location!.OriginalString.Split('?')[0];

        var cancelled = await browser.SubmitAsync(url, new Dictionary<string, string>(), url + "/cancel");

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("Your order is cancelled.", await browser.GetStringAsync(cancelled.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Contains(url.Split('/')[3], await browser.GetStringAsync("/account/orders"), StringComparison.Ordinal);
        Assert.Equal(5, await app.StockOfAsync(bell));
    }
}
