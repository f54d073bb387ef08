using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Store.Orders.Contracts;
using Store.Orders.Orders;
using Store.Tests.Catalog;
using Store.Tests.Infrastructure;

namespace Store.Tests.Orders.Fulfilment;

/// <summary>A placed order, its owner's API client and email, and its line ids in order.</summary>
internal sealed record PlacedOrder(string Number, string Email, HttpClient Api, IReadOnlyList<int> LineIds);

/// <summary>Shared steps of the shipment and invoice tests: orders with lines, paid as a provider would, PDFs read back.</summary>
internal static class Fulfilment
{
    /// <summary>A pending order of the given products and quantities, placed through the API by a new customer.</summary>
    public static async Task<PlacedOrder> PlaceAsync(this CatalogAppFactory app, params (string Name, long Price, int Quantity)[] lines)
    {
        var (email, api) = await app.ApiShopperAsync();
        foreach (var (name, price, quantity) in lines)
        {
            var item = await app.ProductAsync(name, price, 100);
            await (await api.AddAsync(item, quantity)).OkJsonAsync();
        }

        var number = (await (await api.PlaceAsync()).OkJsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString()!;
        var ids = await app.WithDbAsync(db => db.Set<OrderLine>().Where(l => db.Set<Order>().Any(o => o.Id == l.OrderId && o.Number == number)).OrderBy(l => l.Id).Select(l => l.Id).ToListAsync());
        return new PlacedOrder(number, email, api, ids);
    }

    /// <summary>Records the payment the way the Payments module does after the offline provider's page or a Stripe event.</summary>
    public static async Task<PaymentOutcome> PayAsync(this CatalogAppFactory app, string number)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var payments = scope.ServiceProvider.GetRequiredService<IOrderPayments>();
        var id = number.Replace("-", "", StringComparison.Ordinal);
        return await payments.MarkPaidAsync(number, new OrderPayment(app.Time.GetUtcNow().UtcDateTime, "offline", "offline_cs_" + id, "offline_pi_" + id), CancellationToken.None);
    }

    public static async Task<PlacedOrder> PaidOrderAsync(this CatalogAppFactory app, params (string Name, long Price, int Quantity)[] lines)
    {
        var order = await app.PlaceAsync(lines);
        Assert.Equal(PaymentResult.Paid, (await app.PayAsync(order.Number)).Result);
        return order;
    }

    public static Task<HttpResponseMessage> ShipAsync(this HttpClient staffApi, string number, object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/orders/{number}/shipments") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString("n"));
        return staffApi.SendAsync(request);
    }

    public static Task<OrderStatus> StatusAsync(this CatalogAppFactory app, string number) =>
        app.WithOrdersAsync(q => q.Where(o => o.Number == number).Select(o => o.Status).SingleAsync());

    public static async Task<JsonElement> DocumentsAsync(this HttpClient api, string path) =>
        await (await api.GetAsync(path)).OkJsonAsync();

    public static byte[] PdfAttachment(MimeMessage message, string fileName)
    {
        var part = message.Attachments.OfType<MimePart>().SingleOrDefault(a => a.FileName == fileName);
        Assert.True(part is not null, $"No attachment {fileName} in '{message.Subject}': {string.Join(", ", message.Attachments.OfType<MimePart>().Select(a => a.FileName))}");
        Assert.NotNull(part.Content);
        Assert.Equal("application/pdf", part.ContentType.MimeType);
        using var stream = new MemoryStream();
        part.Content.DecodeTo(stream);
        return stream.ToArray();
    }
}
