using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Orders.Admin;
using Store.Orders.Checkout;
using Store.Orders.Contracts;
using Store.Orders.Invoices;
using Store.Orders.Shipments;
using Store.Orders.Workflow;

namespace Store.Orders.Orders;

/// <summary>
/// The shopper's orders. Every query is filtered by the owner, so another user's number behaves as one that does
/// not exist; the guest reads (after a signed link named the number) see only orders without an account.
/// </summary>
internal sealed class OrderQueries(StoreDbContext db, ShipmentQueries shipments, DocumentQueries documents, Returns.ReturnQueries returns)
{
    public async Task<OrderListPage> ListAsync(string userId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var mine = db.Set<Order>().AsNoTracking().Where(o => o.UserId == userId);
        var total = await mine.CountAsync(cancellationToken);
        var rows = await mine.OrderByDescending(o => o.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(o => new { o.Number, o.Status, o.PlacedUtc, Items = o.Lines.Sum(l => l.Quantity), o.Total, o.Currency })
            .ToListAsync(cancellationToken);
        return new OrderListPage(rows.Select(o => new OrderSummary(o.Number, o.Status.ToString(), o.PlacedUtc, o.Items, o.Total, o.Currency)).ToList(), page, pageSize, total);
    }

    public Task<int?> IdOfAsync(string userId, string number, CancellationToken cancellationToken) =>
        db.Set<Order>().Where(o => o.Number == number && o.UserId == userId).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);

    public Task<int?> GuestIdOfAsync(string number, CancellationToken cancellationToken) =>
        db.Set<Order>().Where(o => o.Number == number && o.UserId == null).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);

    public Task<OrderDetail?> DetailAsync(string userId, string number, CancellationToken cancellationToken) =>
        DetailAsync(db.Set<Order>().Where(o => o.Number == number && o.UserId == userId), userId, cancellationToken);

    public Task<OrderDetail?> GuestDetailAsync(string number, CancellationToken cancellationToken) =>
        DetailAsync(db.Set<Order>().Where(o => o.Number == number && o.UserId == null), OrderOwner.GuestActor, cancellationToken);

    private async Task<OrderDetail?> DetailAsync(IQueryable<Order> match, string userId, CancellationToken cancellationToken)
    {
        var order = await match.AsNoTracking().Include(o => o.Lines).Include(o => o.History).Include(o => o.Discounts)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (order is null)
        {
            return null;
        }

        var a = order.ShippingAddress;
        var wasPaid = order.History.Any(h => h.To == OrderStatus.Paid);
        return new OrderDetail(order.Number, order.Status.ToString(), PaymentStates.Of(order.Status, order.Total, order.RefundedAmount, wasPaid || order.PaidUtc is not null), order.PlacedUtc, order.HoldExpiresUtc, order.Currency,
            order.Subtotal, order.Shipping, order.Total, order.RefundedAmount,
            new OrderAddressView(a.FullName, a.Line1, a.Line2, a.City, a.Region, a.PostalCode, a.Country, a.Phone),
            order.Lines.OrderBy(l => l.Id).Select(OrderLineView.From).ToList(),
            order.History.OrderBy(h => h.Id).Select(h => new OrderHistoryView(h.From?.ToString(), h.To.ToString(), h.AtUtc, h.By == userId ? "you" : h.By == "system" ? "system" : "shop", h.Note)).ToList(),
            OrderWorkflow.CanShopperCancel(order.Status),
            await shipments.ForOrderAsync(order.Id, cancellationToken),
            await documents.ForOrderAsync(order.Id, cancellationToken),
            OrderTaxView.From(order))
        {
            Discounts = OrderDiscountView.Of(order),
            Email = order.Email,
            Returns = await returns.ForOrderAsync(order.Id, cancellationToken),
        };
    }
}
