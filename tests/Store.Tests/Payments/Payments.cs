using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Store.Orders.Contracts;
using Store.Orders.Orders;
using Store.Payments.Data;
using Store.Tests.Accounts;
using Store.Tests.Catalog;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Payments;

/// <summary>Shared steps of the payment tests: an order to pay, Stripe's events signed and delivered, what the database holds.</summary>
internal static class Payments
{
    public static async Task<(string Email, HttpClient Api, string Number)> PendingOrderAsync(this CatalogAppFactory app, Item item, int quantity)
    {
        var (email, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(item, quantity)).OkJsonAsync();
        var order = await (await api.PlaceAsync()).OkJsonAsync(HttpStatusCode.Created);
        return (email, api, order.GetProperty("number").GetString()!);
    }

    public static async Task<JsonElement> StartPaymentAsync(this HttpClient api, string number) =>
        await (await api.PostAsync($"/api/v1/orders/{number}/payment", null)).OkJsonAsync();

    /// <summary>Stripe's session object for <paramref name="number"/> as Stripe would send it in an event, paid or not.</summary>
    public static JsonObject SessionEventObject(this PaymentsAppFactory app, string number, string paymentStatus = "paid", string? status = "complete", string? paymentIntent = null)
    {
        var session = (JsonObject)app.Stripe.SessionOf(number).DeepClone();
        session["payment_status"] = paymentStatus;
        session["status"] = status;
        session["payment_intent"] = paymentIntent ?? "pi_test_" + number.Replace("-", "", StringComparison.Ordinal);
        return session;
    }

    public static Task<HttpResponseMessage> DeliverAsync(this PaymentsAppFactory app, string payload, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/payments/stripe/webhook") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add("Stripe-Signature", signature);
        }

        return app.CreateClient().SendAsync(request);
    }

    /// <summary>Sends a correctly signed event now (the shop's clock) and returns its id.</summary>
    public static async Task<string> SendEventAsync(this PaymentsAppFactory app, string type, JsonObject dataObject)
    {
        var id = "evt_test_" + Guid.NewGuid().ToString("n")[..20];
        var now = app.Time.GetUtcNow();
        var payload = FakeStripe.Event(id, type, dataObject, now);
        await (await app.DeliverAsync(payload, FakeStripe.Sign(payload, PaymentsAppFactory.WebhookSecret, now))).OkJsonAsync();
        return id;
    }

    public static Task<Order> OrderRowAsync(this CatalogAppFactory app, string number) =>
        app.WithOrdersAsync(q => q.Include(o => o.History).FirstAsync(o => o.Number == number));

    public static Task<int> EventCountAsync(this CatalogAppFactory app) =>
        app.WithDbAsync(db => db.Set<PaymentEventRecord>().CountAsync());

    public static int PaidRows(this Order order) => order.History.Count(h => h.To == OrderStatus.Paid && h.From != OrderStatus.Paid);

    public static async Task<HttpClient> StaffApiAsync(this CatalogAppFactory app)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail("staff");
        await app.CreateCustomerAsync(email);
        await app.WithUsersAsync(async users => (await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, Store.Core.Security.StoreRoles.OrderManager)).Succeeded);
        var (access, _) = await app.CreateClient().TokensAsync(email);
        return app.Bearer(access);
    }

    public static Task<HttpResponseMessage> RefundAsync(this HttpClient staff, string number, object body) =>
        staff.PostAsJsonAsync($"/api/v1/admin/orders/{number}/refunds", body);
}
