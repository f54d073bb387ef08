namespace Store.Catalog.Contracts;

/// <summary>
/// The catalog's contract for the modules after it in the chain (Cart, Orders): read published products'
/// variants and hold or give back their stock. Prices and stock always come from here, never from what a
/// client sent.
/// </summary>
public interface ICatalogProducts
{
    /// <summary>The published products' variants among <paramref name="variantIds"/>; drafts, deleted and unknown ids are left out.</summary>
    Task<IReadOnlyList<CatalogVariantSnapshot>> GetPublishedVariantsAsync(IReadOnlyCollection<int> variantIds, CancellationToken cancellationToken);

    /// <summary>Every variant of a published product, in position order; empty when the product is not published.</summary>
    Task<IReadOnlyList<CatalogVariantSnapshot>> GetPublishedProductVariantsAsync(int productId, CancellationToken cancellationToken);

    /// <summary>Every variant of the published products among <paramref name="productIds"/>, in one query (a wishlist, its alerts).</summary>
    Task<IReadOnlyList<CatalogVariantSnapshot>> GetPublishedVariantsOfProductsAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken);

    /// <summary>
    /// Takes every line's quantity out of its variant's stock, or none of them: false when any variant is short,
    /// unknown or its product not published. All or nothing, one conditional UPDATE per line in variant-id order,
    /// in the caller's transaction when one is open, so an order and its stock commit together.
    /// </summary>
    Task<bool> TryReserveAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken);

    /// <summary>Puts quantities back (a cancelled order, an expired hold); unknown variants are skipped.</summary>
    Task ReleaseAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken);

    /// <summary>Published products' variants with <paramref name="threshold"/> units or fewer, fewest first, at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<LowStockVariant>> GetLowStockAsync(int threshold, int take, CancellationToken cancellationToken);

    /// <summary>The published products among <paramref name="slugs"/> or <paramref name="ids"/> (id, name, slug); drafts and unknown ones are left out.</summary>
    Task<IReadOnlyList<PublishedProduct>> GetPublishedAsync(IReadOnlyCollection<string> slugs, IReadOnlyCollection<int> ids, CancellationToken cancellationToken);
}
