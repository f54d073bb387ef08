using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Store.Core.Data;
using Store.Core.Setup;

namespace Store.Bench;

/// <summary>The shop in memory (TestServer) on a fresh SQLite file or PostgreSQL database, set up with the default recipe.</summary>
internal sealed class BenchShop : WebApplicationFactory<Program>
{
    private readonly string _provider;
    private readonly string _connectionString;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;
    private readonly string? _folder;

    public BenchShop(string provider, string? postgresAdmin)
    {
        _provider = provider;
        if (provider == "PostgreSql")
        {
            _postgresAdmin = postgresAdmin;
            _postgresName = "store_bench_" + Guid.NewGuid().ToString("n");
            using var connection = new NpgsqlConnection(postgresAdmin);
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{_postgresName}\"", connection);
            command.ExecuteNonQuery();
            _connectionString = new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = _postgresName }.ToString();
        }
        else
        {
            _folder = Path.Combine(Path.GetTempPath(), "store-bench", Guid.NewGuid().ToString("n"));
            Directory.CreateDirectory(_folder);
            _connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "store.db"), DefaultTimeout = 30 }.ToString();
        }
    }

    public async Task StartAsync()
    {
        _ = Server;
        await DatabaseMigrator.MigrateAsync(Services);
        await using var scope = Services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<SetupService>()
            .SetupAsync(new SetupRequest("Bench shop", "bench@bench.local", "Bench-pass-123", "default"), CancellationToken.None);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", errors.Values));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", _provider);
        builder.UseSetting("Database:ConnectionString", _connectionString);
        builder.UseSetting("Logging:LogLevel:Default", "Error");
        builder.UseSetting("Catalog:Media:Root", Path.Combine(Path.GetTempPath(), "store-bench-media"));
    }
}
