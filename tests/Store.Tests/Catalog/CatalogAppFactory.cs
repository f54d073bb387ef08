using Microsoft.Extensions.DependencyInjection;
using Store.Core.Data;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>
/// A shop set up with the default recipe, then filled with <c>catalog-fixture.json</c> through the
/// catalog's own recipe steps. Media go to a temp folder.
/// </summary>
public class CatalogAppFactory : StoreAppFactory
{
    public CatalogAppFactory()
        : this(sharedDatabase: null)
    {
    }

    /// <summary>Another web node on <paramref name="sharedDatabase"/>: the first node's factory seeded it.</summary>
    protected CatalogAppFactory(TestDatabase? sharedDatabase)
        : base(sharedDatabase)
    {
        MediaRoot = CatalogFixture.NewMediaRoot();
        Setting("Catalog:Media:Root", MediaRoot);
    }

    public string MediaRoot { get; }

    protected virtual string? Fixture => CatalogFixture.DefaultFile;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (Fixture is not null && OwnsDatabase)
        {
            await CatalogFixture.SeedAsync(Services, Fixture);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(MediaRoot))
        {
            Directory.Delete(MediaRoot, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Runs <paramref name="work"/> with the shop's database context in its own scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<StoreDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<StoreDbContext>());
    }
}
