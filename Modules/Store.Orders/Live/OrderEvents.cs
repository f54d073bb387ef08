using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Store.Accounts.Users;
using Store.Orders.Orders;

namespace Store.Orders.Live;

/// <summary>
/// <c>GET /account/orders/{number}/events</c> (and a guest's <c>/order/{token}/events</c>): server-sent events
/// for an open order page. The first event is the current status; each later one is a change, sent as it happens on any node.
/// </summary>
internal static class OrderEvents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task StreamAsync(string number, HttpContext http, OrderQueries queries, IOrderStatusNotifier notifier)
    {
        var userId = CurrentUser.IdOf(http.User)!;
        return StreamOrderAsync(http, notifier, t => queries.IdOfAsync(userId, number, t), t => queries.DetailAsync(userId, number, t));
    }

    /// <summary>The stream of the order <paramref name="idOf"/> finds, read each time by <paramref name="read"/> (both already limited to what the caller may see).</summary>
    public static async Task StreamOrderAsync(HttpContext http, IOrderStatusNotifier notifier, Func<CancellationToken, Task<int?>> idOf, Func<CancellationToken, Task<OrderDetail?>> read)
    {
        var cancellationToken = http.RequestAborted;
        if (await idOf(cancellationToken) is not { } id || await read(cancellationToken) is not { } order)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        // Proxies such as nginx would otherwise hold the stream back in their buffer.
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await WriteAsync(http, order, cancellationToken);
        try
        {
            var known = new OrderMark(Enum.Parse<Contracts.OrderStatus>(order.Status), order.Shipments.Count, order.Shipments.Count(s => s.DeliveredUtc is not null), order.Documents.Count);
            await foreach (var _ in notifier.WatchAsync(id, known, cancellationToken))
            {
                if (await read(cancellationToken) is { } changed)
                {
                    await WriteAsync(http, changed, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // the page was closed
        }
    }

    private static async Task WriteAsync(HttpContext http, OrderDetail order, CancellationToken cancellationToken)
    {
        var data = JsonSerializer.Serialize(new { status = order.Status, paymentState = order.PaymentState, canCancel = order.CanCancel, history = order.History, shipments = order.Shipments, documents = order.Documents }, Json);
        await http.Response.WriteAsync($"retry: 2000\nevent: status\ndata: {data}\n\n", cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
    }
}
