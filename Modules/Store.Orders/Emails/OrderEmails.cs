using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Core.Email;
using Store.Orders.Contracts;
using Store.Orders.Orders;

namespace Store.Orders.Emails;

/// <summary>
/// Queues the email for an order's new status in the outbox, inside the transition's transaction (the
/// caller's <c>SaveChangesAsync</c> stores it), from <c>Views/Email/Order{Status}.liquid</c>, which a theme may override.
/// </summary>
internal sealed class OrderEmails(StoreDbContext db, EmailOutbox outbox, EmailOptions options, IHttpContextAccessor http)
{
    private static readonly Dictionary<OrderStatus, string> Templates = new()
    {
        [OrderStatus.Pending] = "OrderPlaced",
        [OrderStatus.Paid] = "OrderPaid",
        [OrderStatus.Shipped] = "OrderShipped",
        [OrderStatus.Delivered] = "OrderDelivered",
        [OrderStatus.Cancelled] = "OrderCancelled",
        [OrderStatus.Expired] = "OrderExpired",
    };

    public async Task QueueAsync(int orderId, OrderStatus status, CancellationToken cancellationToken)
    {
        if (!Templates.TryGetValue(status, out var template))
        {
            return; // refunds: the Payments module writes its own
        }

        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == orderId, cancellationToken);
        await QueueAsync(order, status, template, cancellationToken);
    }

    /// <summary>For an order not saved yet (placement), whose lines are in memory.</summary>
    public Task QueuePlacedAsync(Order order, CancellationToken cancellationToken) => QueueAsync(order, OrderStatus.Pending, Templates[OrderStatus.Pending], cancellationToken);

    private Task QueueAsync(Order order, OrderStatus status, string template, CancellationToken cancellationToken)
    {
        var model = new OrderEmail(order.Number, order.ShippingAddress.FullName, status.ToString(), Link("/account/orders/" + order.Number),
            order.Lines.OrderBy(l => l.Id).Select(l => new OrderEmailLine(l.ProductName, l.Options, l.Quantity, l.LineTotal)).ToList(),
            order.Subtotal, order.Shipping, order.Total, order.Currency, OrderTaxView.From(order));
        return outbox.QueueAsync(order.Email, template, model, cancellationToken);
    }

    private string Link(string path)
    {
        var baseUrl = options.PublicOrigin(http.HttpContext);

        return baseUrl + path;
    }
}
