using Store.EndToEnd.Infrastructure;
using Store.Tests.Catalog;

namespace Store.EndToEnd.Catalog;

/// <summary>The shop on Kestrel with the catalog test fixture (ten published products, one draft).</summary>
public class CatalogShopServer : ShopServer
{
    private readonly string _mediaRoot = CatalogFixture.NewMediaRoot();

    public CatalogShopServer()
    {
        Setting("Catalog:Media:Root", _mediaRoot);
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CatalogFixture.SeedAsync(Services);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_mediaRoot))
        {
            Directory.Delete(_mediaRoot, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
