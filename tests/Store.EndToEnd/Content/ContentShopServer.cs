using Store.EndToEnd.Catalog;
using Store.Tests.Catalog;

namespace Store.EndToEnd.Content;

/// <summary>The catalog fixture's shop on Kestrel, with the content fixture's home page, pages, menus and texts.</summary>
public sealed class ContentShopServer : CatalogShopServer
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CatalogFixture.SeedAsync(Services, "content-fixture.json", "Content");
    }
}
