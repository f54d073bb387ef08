using Microsoft.Data.Sqlite;
using Npgsql;
using Store.Tests.Infrastructure;

namespace Store.Bench.Load;

/// <summary>
/// The load run's shop data: a SQLite file in the work folder, or a PostgreSQL database on the server that
/// <c>STORE_TEST_POSTGRES</c> names (as the tests and the other benches use), set up once with the demo recipe by
/// the shop itself, then given a generated catalog of the chosen size straight through EF (<see cref="CatalogSeeder"/>).
/// </summary>
internal sealed class LoadShop(LoadOptions options, string provider, string folder, string connectionString)
{
    public const string AdminEmail = "admin@load.local";
    public const string AdminPassword = "Load-pass-123";

    public string Provider => provider;

    public string Folder => folder;

    public static LoadShop For(LoadOptions options)
    {
        var postgres = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable);
        var provider = string.IsNullOrWhiteSpace(postgres) ? "Sqlite" : "PostgreSql";
        var folder = Path.Combine(options.WorkRoot, $"{provider.ToLowerInvariant()}-{options.Products}");
        Directory.CreateDirectory(folder);
        var connection = provider == "Sqlite"
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "store.db"), DefaultTimeout = 30 }.ToString()
            : new NpgsqlConnectionStringBuilder(postgres!) { Database = $"store_load_{options.Products}", MaxPoolSize = 20 }.ToString();
        return new LoadShop(options, provider, folder, connection);
    }

    /// <summary>The shop's settings: its own data in the work folder, production-like, rate limits out of the way of the load.</summary>
    public Dictionary<string, string> Settings(string url)
    {
        var settings = BenchSettings(url);
        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }

        return settings;
    }

    private Dictionary<string, string> BenchSettings(string url) => new()
    {
        ["Database:Provider"] = provider,
        ["Database:ConnectionString"] = connectionString,
        ["Setup:AdminEmail"] = AdminEmail,
        ["Setup:AdminPassword"] = AdminPassword,
        ["Setup:Recipe"] = "demo",
        ["Email:BaseUrl"] = url,
        ["Email:PickupDirectory"] = Path.Combine(folder, "mail"),
        ["Catalog:Media:Root"] = Path.Combine(folder, "media"),
        ["Jwt:SigningKey"] = "load-benchmark-signing-key-0123456789abcdef",
        ["Logging:LogLevel:Default"] = "Warning",
        ["RateLimits:Api:Burst"] = "1000000",
        ["RateLimits:Api:PerMinute"] = "1000000",
    };

    private string ReadyMarker => Path.Combine(folder, "ready");

    /// <summary>
    /// Sets the shop up when the work folder has none of this size (or <c>--fresh</c>): the time from start to first
    /// page on an empty database (migrations and the demo recipe included), or null when an existing shop was kept.
    /// </summary>
    public async Task<TimeSpan?> PrepareAsync(string repoRoot)
    {
        // The PostgreSQL server of scripts/postgres-cluster.sh is new on every run: nothing to keep there.
        if (!options.Fresh && provider == "Sqlite" && File.Exists(ReadyMarker))
        {
            return null;
        }

        await DropAsync();
        var url = FreeUrl();
        TimeSpan firstPage;
        var (shop, took) = await ShopUnderLoad.StartAsync(repoRoot, options.ShopFolder, url, Settings(url));
        await using (shop)
        {
            firstPage = took;
        }

        Console.Error.WriteLine($"Set up with the demo recipe in {firstPage.TotalSeconds:0.0} s; adding {options.Products} generated products...");
        var seeder = new SeedingShop(provider, connectionString);
        try
        {
            await seeder.InitializeAsync();
            await CatalogSeeder.SeedAsync(seeder.Services, options.Products);
        }
        finally
        {
            await ((Xunit.IAsyncLifetime)seeder).DisposeAsync();
        }

        await File.WriteAllTextAsync(ReadyMarker, DateTime.UtcNow.ToString("O"));
        return firstPage;
    }

    private async Task DropAsync()
    {
        File.Delete(ReadyMarker);
        if (provider == "Sqlite")
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(folder, "store.db*"))
            {
                File.Delete(file);
            }

            return;
        }

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable));
        await admin.OpenAsync();
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", $"CREATE DATABASE \"{name}\"" })
        {
            await using var command = new NpgsqlCommand(sql, admin);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>A loopback address on a port nobody listens on.</summary>
    public static string FreeUrl() => $"http://127.0.0.1:{SmtpTestServer.FreePort()}";

    /// <summary>The shop in memory on the load run's database, already set up, only to write the generated catalog.</summary>
    private sealed class SeedingShop : StoreAppFactory
    {
        public SeedingShop(string provider, string connectionString)
        {
            Setting("Database:Provider", provider);
            Setting("Database:ConnectionString", connectionString);
            Setting("Logging:LogLevel:Default", "Error");
        }

        protected override string? Recipe => null;
    }
}
