namespace Store.Tests.Catalog.Search;

/// <summary>A shop filled with <c>search-fixture.json</c>: English and French names, descriptions, categories that name products.</summary>
public sealed class ForgivingSearchFactory : CatalogAppFactory
{
    protected override string? Fixture => "search-fixture.json";
}
