using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Store.Core.Jobs;

namespace Store.Core.Data;

/// <summary>
/// Gives SQLite's query planner row counts to choose indexes by (<c>ANALYZE</c>, about a quarter of a second at
/// 100,000 orders), every hour on one node. Without them it guesses that any indexed condition is selective: at scale
/// it then sorts 60,000 paid orders by id through the status index instead of reading the table in id order and
/// stopping at the page (bench/README.md, "Order admin"). PostgreSQL's autovacuum keeps its own statistics.
/// </summary>
public sealed class DatabaseStatisticsJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<DatabaseStatisticsJob> logger)
    : ScheduledJob(scopes, time, logger)
{
    protected override string Name => "database-statistics";

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        GatherAsync(services.GetRequiredService<StoreDbContext>(), cancellationToken);

    /// <summary>The job's work, for a caller that cannot wait for the next run (a bulk import, the benchmark's seeding).</summary>
    public static async Task GatherAsync(StoreDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken);
            // A connection reads the statistics when it opens; pooled ones stay open, so they are let go and reopen.
            SqliteConnection.ClearPool((SqliteConnection)db.Database.GetDbConnection());
        }
    }
}
