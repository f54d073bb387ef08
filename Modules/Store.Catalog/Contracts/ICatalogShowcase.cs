namespace Store.Catalog.Contracts;

/// <summary>
/// What a later module may show of the catalog outside its own pages (the home page): published products only,
/// by slug or by rule, and categories as tiles. Reads only; every list is short (<c>take</c> is capped at 48).
/// </summary>
public interface ICatalogShowcase
{
    /// <summary>The published products among <paramref name="slugs"/>, in that order; drafts and unknown slugs are left out.</summary>
    Task<IReadOnlyList<ShowcaseProduct>> GetProductsAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken);

    /// <summary>The most recently added published products, newest first.</summary>
    Task<IReadOnlyList<ShowcaseProduct>> GetNewestAsync(int take, CancellationToken cancellationToken);

    /// <summary>Published products with a variant below its compare-at price, most recently changed first.</summary>
    Task<IReadOnlyList<ShowcaseProduct>> GetOnSaleAsync(int take, CancellationToken cancellationToken);

    /// <summary>The categories among <paramref name="slugs"/> in that order, or the top-level ones when it is empty.</summary>
    Task<IReadOnlyList<ShowcaseCategory>> GetCategoriesAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken);

    /// <summary>The slugs among <paramref name="slugs"/> that name no product (drafts count as products).</summary>
    Task<IReadOnlyList<string>> UnknownProductSlugsAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken);

    /// <summary>The slugs among <paramref name="slugs"/> that name no category.</summary>
    Task<IReadOnlyList<string>> UnknownCategorySlugsAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken);

    /// <summary>The large picture of a product (its first image), or null: the recipe's hero takes one.</summary>
    Task<string?> ProductPictureAsync(string slug, CancellationToken cancellationToken);
}
