using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Store.Core.Jobs;

namespace Store.Catalog.PriceHistory;

/// <summary>
/// Keeps the price history in step with edits and with promotions starting and ending on their own clock; every
/// <c>Catalog:PriceHistory:Interval</c> (a minute by default). When a catalog change lands, pages may show the
/// previous prior price until the next run; the run records a catalog change for each product whose price moved, so
/// every node drops its cached pages within its next index poll.
/// </summary>
public sealed class PriceHistoryJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<PriceHistoryJob> logger, PriceHistoryOptions options)
    : ScheduledJob(scopes, time, logger)
{
    protected override string Name => "catalog-price-history";

    protected override TimeSpan Interval => options.Interval;

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await services.GetRequiredService<PriceHistoryRecorder>().RecordAsync(cancellationToken) > 0)
        {
            await services.GetRequiredService<CatalogCache>().ChangedAsync(cancellationToken);
        }
    }
}
