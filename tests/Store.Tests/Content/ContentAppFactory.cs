using Store.Tests.Catalog;

namespace Store.Tests.Content;

/// <summary>The catalog fixture's shop with pages, menus, the product text and a home page from <c>content-fixture.json</c>.</summary>
public class ContentAppFactory : CatalogAppFactory
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (OwnsDatabase)
        {
            await CatalogFixture.SeedAsync(Services, "content-fixture.json", "Content");
        }
    }
}
