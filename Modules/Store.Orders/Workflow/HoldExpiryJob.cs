using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Store.Core.Data;
using Store.Core.Jobs;
using Store.Orders.Contracts;
using Store.Orders.Orders;

namespace Store.Orders.Workflow;

/// <summary>
/// Expires pending orders whose hold ran out, through the transition table (which gives the stock back), on
/// one node per run. An order paid at the same moment wins or loses by the conditional update, never both.
/// </summary>
internal sealed class HoldExpiryJob(IServiceScopeFactory scopes, TimeProvider time, OrdersOptions options, ILogger<HoldExpiryJob> logger)
    : ScheduledJob(scopes, time, logger)
{
    private const int Batch = 200;

    protected override string Name => "order-hold-expiry";

    protected override TimeSpan Interval => options.HoldCheckInterval;

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow().UtcDateTime;
        var db = services.GetRequiredService<StoreDbContext>();
        var transitions = services.GetRequiredService<OrderTransitions>();
        var due = await db.Set<Order>().Where(o => o.Status == OrderStatus.Pending && o.HoldExpiresUtc <= now)
            .OrderBy(o => o.HoldExpiresUtc).Select(o => o.Id).Take(Batch).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            await transitions.ApplyAsync(id, OrderStatus.Expired, OrderActor.System, "system", "Not paid in time; the items were released.", cancellationToken);
        }
    }
}
