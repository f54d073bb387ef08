using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Store.Core.Jobs;

namespace Store.Orders.Abandoned;

/// <summary>Sends the abandoned-cart reminders that are due, on one node per run (the job's lease).</summary>
internal sealed class AbandonedCartJob(IServiceScopeFactory scopes, TimeProvider time, OrdersOptions options, ILogger<AbandonedCartJob> logger)
    : ScheduledJob(scopes, time, logger)
{
    protected override string Name => "abandoned-carts";

    protected override TimeSpan Interval => options.AbandonedCartInterval;

    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<CartReminders>().SendDueAsync(cancellationToken);
}
