using Store.EndToEnd.Infrastructure;
using Store.Tests.Catalog;

namespace Store.EndToEnd.Localization;

/// <summary>The shop on Kestrel set up with the demo recipe, whose texts are the catalog data a page may show untranslated.</summary>
public sealed class DemoShopServer : ShopServer
{
    private readonly string _mediaRoot = CatalogFixture.NewMediaRoot();

    public DemoShopServer()
    {
        Setting("Catalog:Media:Root", _mediaRoot);
    }

    protected override string? Recipe => "demo";

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_mediaRoot))
        {
            Directory.Delete(_mediaRoot, recursive: true);
        }
    }
}
