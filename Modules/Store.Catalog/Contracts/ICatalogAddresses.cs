namespace Store.Catalog.Contracts;

/// <summary>Every page of the catalog a search engine should know: published products, then categories.</summary>
public interface ICatalogAddresses
{
    /// <summary>Two queries, projected to path and time: built rarely (the sitemap is kept until the catalog changes).</summary>
    Task<IReadOnlyList<CatalogAddress>> GetPublicAsync(CancellationToken cancellationToken);
}
