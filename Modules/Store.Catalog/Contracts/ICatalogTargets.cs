namespace Store.Catalog.Contracts;

/// <summary>
/// What a rule over parts of the catalog (a coupon or a sale on some categories or products) needs to know:
/// the category tree, products by id or slug, and which categories each product sits in.
/// </summary>
public interface ICatalogTargets
{
    /// <summary>Every category with its parent, in no particular order (the tree is small).</summary>
    Task<IReadOnlyList<CatalogTarget>> CategoriesAsync(CancellationToken cancellationToken);

    /// <summary>The products (any status) among <paramref name="ids"/> or with one of <paramref name="slugs"/>.</summary>
    Task<IReadOnlyList<CatalogTarget>> ProductsAsync(IReadOnlyCollection<int> ids, IReadOnlyCollection<string> slugs, CancellationToken cancellationToken);

    /// <summary>The categories each product is directly placed in (products in none are left out).</summary>
    Task<ILookup<int, int>> CategoriesOfAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken);
}
