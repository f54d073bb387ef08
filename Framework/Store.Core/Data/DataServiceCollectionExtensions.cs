using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Store.Core.Data;

public static class DataServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "Store.Migrations.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "Store.Migrations.PostgreSql";

    internal static IServiceCollection AddStoreData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ResolveConnectionString(options, environment.ContentRootPath);
        services.AddSingleton(options);
        services.AddDbContext<StoreDbContext>(db =>
        {
            if (options.Provider == DatabaseProvider.PostgreSql)
            {
                db.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly));
            }
            else
            {
                db.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
            }

            // Capped counts ("more than 10,000") take any N matching rows on purpose: an ORDER BY there would only
            // steer the planner away from the filter's index, and the warning would be logged on every list request.
            db.ConfigureWarnings(w => w.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));
        });
        services.AddSingleton<DatabaseStatisticsJob>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseStatisticsJob>());
        return services;
    }

    private static string ResolveConnectionString(DatabaseOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is PostgreSql.");
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(contentRoot, "App_Data", "store.db"),
            // Microsoft.Data.Sqlite retries a busy database until the command timeout runs out.
            DefaultTimeout = 30,
            Pooling = true,
        };
        return builder.ToString();
    }
}
