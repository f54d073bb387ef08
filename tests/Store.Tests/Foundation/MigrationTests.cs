using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Data;
using Store.Core.Modules;
using Store.Tests.Infrastructure;

namespace Store.Tests.Foundation;

public sealed class MigrationTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void Each_provider_migration_set_matches_the_model(DatabaseProvider provider)
    {
        var modules = app.Services.GetRequiredService<ModuleCatalog>();
        var options = new DbContextOptionsBuilder<StoreDbContext>();
        // No connection is opened: the model and the migrations assembly are all that is compared.
        if (provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite("Data Source=:memory:", o => o.MigrationsAssembly(DataServiceCollectionExtensions.SqliteMigrationsAssembly));
        }
        else
        {
            options.UseNpgsql("Host=localhost;Database=none", o => o.MigrationsAssembly(DataServiceCollectionExtensions.PostgreSqlMigrationsAssembly));
        }

        using var db = new StoreDbContext(options.Options, modules);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations are behind the model: run scripts/add-migration.sh.");
    }

    [Fact]
    public async Task The_suite_runs_on_the_provider_it_was_asked_for_with_every_migration_applied()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();

        var expected = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable) is { Length: > 0 }
            ? "Npgsql.EntityFrameworkCore.PostgreSQL"
            : "Microsoft.EntityFrameworkCore.Sqlite";
        Assert.Equal(expected, db.Database.ProviderName);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    // Indexes EF cannot describe (on an expression) are made by hand in migrations; a later SQLite table rebuild
    // drops them silently, so their presence after every migration is checked here.
    [Fact]
    public async Task Hand_made_indexes_survive_every_migration()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();

        var query = db.Database.IsSqlite()
            ? """SELECT count(*) AS "Value" FROM sqlite_master WHERE type = 'index' AND name = 'IX_Orders_EmailLower'"""
            : """SELECT count(*)::int AS "Value" FROM pg_indexes WHERE indexname = 'IX_Orders_EmailLower'""";
        Assert.Equal(1, await db.Database.SqlQueryRaw<int>(query).SingleAsync());
    }
}
