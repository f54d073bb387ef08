using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Store.Core.Jobs;

namespace Store.Wishlist.Alerts;

/// <summary>Runs the <see cref="AlertScanner"/> every <c>Wishlist:AlertInterval</c> (five minutes) on one node at a time.</summary>
internal sealed class AlertJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<AlertJob> logger, WishlistOptions options)
    : ScheduledJob(scopes, time, logger)
{
    protected override string Name => "wishlist-alerts";

    protected override TimeSpan Interval => options.AlertInterval;

    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<AlertScanner>().ScanAsync(cancellationToken);
}
