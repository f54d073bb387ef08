using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Orders.Orders;

namespace Store.Orders.Returns;

/// <summary>Reads returns for the order page, the withdrawal receipt and the admin.</summary>
internal sealed class ReturnQueries(StoreDbContext db)
{
    public async Task<IReadOnlyList<ReturnView>> ForOrderAsync(int orderId, CancellationToken cancellationToken) =>
        await ViewsAsync(db.Set<ReturnRequest>().Where(r => r.OrderId == orderId).OrderBy(r => r.Id), cancellationToken);

    public async Task<ReturnView?> FindAsync(string number, CancellationToken cancellationToken) =>
        await ViewsAsync(db.Set<ReturnRequest>().Where(r => r.Number == number), cancellationToken) is [var found, ..] ? found : null;

    /// <summary>The admin's list: open requests (requested, approved, received) first, newest first; <paramref name="status"/> narrows it.</summary>
    public async Task<IReadOnlyList<ReturnView>> ListAsync(ReturnStatus? status, int take, CancellationToken cancellationToken)
    {
        var all = db.Set<ReturnRequest>().AsQueryable();
        if (status is { } s)
        {
            all = all.Where(r => r.Status == s);
        }

        var open = all.OrderBy(r => r.Status == ReturnStatus.Rejected || r.Status == ReturnStatus.Refunded || r.Status == ReturnStatus.Replaced).ThenByDescending(r => r.Id).Take(take);
        return await ViewsAsync(open, cancellationToken);
    }

    private async Task<IReadOnlyList<ReturnView>> ViewsAsync(IQueryable<ReturnRequest> requests, CancellationToken cancellationToken)
    {
        var rows = await requests.AsNoTracking().Include(r => r.Lines).ToListAsync(cancellationToken);
        var orderIds = rows.Select(r => r.OrderId).Distinct().ToList();
        var orders = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        return rows.Select(r =>
        {
            var order = orders[r.OrderId];
            var lines = r.Lines.Join(order.Lines, x => x.OrderLineId, l => l.Id, (x, l) => (x.Quantity, Line: l)).ToList();
            return new ReturnView(r.Number, order.Number, r.Kind.ToString(), r.Status.ToString(), r.RequestedUtc,
                lines.Select(x => new ReturnEmailLine(x.Line.ProductName, x.Line.Options, x.Quantity)).ToList(), r.Reason, r.Outcome, r.StaffNote, r.RefundedAmount, order.Currency, r.Email)
            {
                SuggestedRefund = lines.Sum(x => ReturnRules.UnitRefund(order, x.Line) * x.Quantity),
            };
        }).ToList();
    }
}
