using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Orders.Contracts;
using Store.Orders.Orders;

namespace Store.Orders.Returns;

/// <summary>Payments' side of a return's refund (<see cref="IOrderReturns"/>), over <see cref="ReturnDesk"/>.</summary>
internal sealed class OrderReturns(StoreDbContext db, ReturnDesk desk) : IOrderReturns
{
    public async Task<string?> OrderOfReceivedAsync(string returnNumber, CancellationToken cancellationToken) =>
        await db.Set<ReturnRequest>().Where(r => r.Number == returnNumber && r.Status == ReturnStatus.Received)
            .Join(db.Set<Order>(), r => r.OrderId, o => o.Id, (r, o) => o.Number).FirstOrDefaultAsync(cancellationToken);

    public async Task<string?> ClaimRefundAsync(string returnNumber, long amount, string by, CancellationToken cancellationToken)
    {
        var outcome = await desk.MarkRefundedAsync(returnNumber, amount, by, cancellationToken);
        return outcome.Number is null ? string.Join(" ", outcome.Errors.Values) : null;
    }

    public Task CompleteRefundAsync(string returnNumber, string by, CancellationToken cancellationToken) => desk.RecordRefundedAsync(returnNumber, by, cancellationToken);

    public Task ReleaseRefundAsync(string returnNumber, CancellationToken cancellationToken) => desk.UndoRefundedAsync(returnNumber, cancellationToken);
}
