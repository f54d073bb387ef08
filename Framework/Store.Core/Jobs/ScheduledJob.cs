using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Store.Core.Data;
using Store.Core.Sites;

namespace Store.Core.Jobs;

/// <summary>
/// A background job that runs every <see cref="Interval"/> on one web node at a time: each run first takes the
/// job's lease row (<see cref="JobLease"/>) for <see cref="LeaseDuration"/>; a node that cannot take it skips
/// the run. Time comes from <see cref="TimeProvider"/>, so tests move it. The work should still be safe to
/// repeat (a conditional update), since a run that outlives its lease may overlap the next.
/// </summary>
public abstract class ScheduledJob(IServiceScopeFactory scopes, TimeProvider time, ILogger logger) : BackgroundService
{
    private readonly string _holder = Guid.NewGuid().ToString("n");

    /// <summary>The shop's clock, for the work of a run.</summary>
    protected TimeProvider Time => time;

    protected abstract string Name { get; }

    protected abstract TimeSpan Interval { get; }

    protected virtual TimeSpan LeaseDuration => Interval < TimeSpan.FromMinutes(5) ? Interval : TimeSpan.FromMinutes(5);

    protected abstract Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>One run if this node takes the lease; false when another node holds it. Tests call it directly.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
        if (await scope.ServiceProvider.GetRequiredService<SiteState>().GetAsync(cancellationToken) is null)
        {
            return false; // not set up yet: no tables to work on
        }

        if (!await JobLeases.TryTakeAsync(db, Name, _holder, time.GetUtcNow().UtcDateTime, LeaseDuration, cancellationToken))
        {
            return false;
        }

        await RunAsync(scope.ServiceProvider, cancellationToken);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, time, stoppingToken);
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // A failed run (database restarting) is tried again at the next interval.
                logger.LogWarning(exception, "Background job {Job} failed.", Name);
            }
        }
    }
}
