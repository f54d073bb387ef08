using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Core.Email;
using Store.Orders.Contracts;
using Store.Orders.Invoices;
using Store.Orders.Orders;
using Store.Orders.Shipments;

namespace Store.Orders.Emails;

/// <summary>
/// Queues the email for an order's new status in the outbox, inside the transition's transaction (the
/// caller's <c>SaveChangesAsync</c> stores it), from <c>Views/Email/Order{Status}.liquid</c>, which a theme may override.
/// </summary>
internal sealed class OrderEmails(StoreDbContext db, EmailOutbox outbox, EmailOptions options, IHttpContextAccessor http, Guests.GuestLinks links)
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

    public async Task QueueAsync(int orderId, OrderStatus status, IReadOnlyList<EmailAttachment> attachments, CancellationToken cancellationToken)
    {
        if (!Templates.TryGetValue(status, out var template))
        {
            return; // refunds: the Payments module writes its own
        }

        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).Include(o => o.Discounts).AsSplitQuery().FirstAsync(o => o.Id == orderId, cancellationToken);
        await QueueAsync(order, status, template, attachments, cancellationToken);
    }

    /// <summary>For an order not saved yet (placement), whose lines are in memory.</summary>
    public Task QueuePlacedAsync(Order order, CancellationToken cancellationToken) => QueueAsync(order, OrderStatus.Pending, Templates[OrderStatus.Pending], [], cancellationToken);

    /// <summary>The email of one shipment; <paramref name="complete"/> when it was the last one the order needed.</summary>
    public async Task QueueShipmentAsync(Shipment shipment, bool complete, CancellationToken cancellationToken)
    {
        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == shipment.OrderId, cancellationToken);
        var lines = shipment.Lines.Join(order.Lines, s => s.OrderLineId, l => l.Id, (s, l) => new OrderEmailLine(l.ProductName, l.Options, s.Quantity, 0)).ToList();
        var model = new ShipmentEmail(order.Number, order.ShippingAddress.FullName, OrderLink(order), shipment.Sequence, shipment.Carrier, shipment.TrackingNumber, shipment.TrackingUrl, lines, complete);
        await outbox.QueueAsync(order.Email, "OrderShipment", model, cancellationToken);
    }

    /// <summary>The refund's email, its credit note attached.</summary>
    public async Task QueueRefundAsync(int orderId, long amount, OrderDocument creditNote, CancellationToken cancellationToken)
    {
        var order = await db.Set<Order>().AsNoTracking().FirstAsync(o => o.Id == orderId, cancellationToken);
        var model = new RefundEmail(order.Number, order.ShippingAddress.FullName, OrderLink(order), amount, order.Currency, creditNote.Number);
        await outbox.QueueAsync(order.Email, "OrderRefunded", model, [DocumentIssuer.Attachment(creditNote)], cancellationToken);
    }

    /// <summary>An invoice or credit note sent again, on staff's request.</summary>
    public async Task QueueDocumentAsync(OrderDocument document, CancellationToken cancellationToken)
    {
        var order = await db.Set<Order>().AsNoTracking().FirstAsync(o => o.Id == document.OrderId, cancellationToken);
        var model = new DocumentEmail(order.Number, order.ShippingAddress.FullName, OrderLink(order), document.Number, document.Kind == DocumentKind.CreditNote);
        await outbox.QueueAsync(order.Email, "OrderDocument", model, [DocumentIssuer.Attachment(document)], cancellationToken);
    }

    private Task QueueAsync(Order order, OrderStatus status, string template, IReadOnlyList<EmailAttachment> attachments, CancellationToken cancellationToken)
    {
        var model = new OrderEmail(order.Number, order.ShippingAddress.FullName, status.ToString(), OrderLink(order),
            order.Lines.OrderBy(l => l.Id).Select(l => new OrderEmailLine(l.ProductName, l.Options, l.Quantity, l.LineTotal)).ToList(),
            order.Subtotal, order.Shipping, order.Total, order.Currency, OrderTaxView.From(order), OrderDiscountView.Of(order));
        return outbox.QueueAsync(order.Email, template, model, attachments, cancellationToken);
    }

    // A guest's order has no account page: its emails carry the signed link that opens it (and lets the guest make an account).
    public string OrderLink(Order order) => options.PublicOrigin(http.HttpContext) + (order.UserId is null ? links.EmailPathOf(order.Number) : "/account/orders/" + order.Number);
}
