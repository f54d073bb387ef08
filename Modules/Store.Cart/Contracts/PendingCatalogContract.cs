// TEMPORARY: the per-variant catalog contract of the variants branch ("Variants milestone 1"), copied so
// Cart and Orders compile and run before it lands; removed (and the namespace switched) when it merges.

namespace Store.Catalog.Contracts.Pending;

public sealed record CatalogVariantSnapshot(int ProductId, int VariantId, string ProductName, string ProductSlug,
    IReadOnlyList<VariantOptionValue> Options, string Sku, long Price, long? CompareAtPrice, int Stock, string? ImageUrl);

public sealed record VariantOptionValue(string Option, string Value);

public sealed record StockLine(int VariantId, int Quantity);

public interface ICatalogProducts
{
    Task<IReadOnlyList<CatalogVariantSnapshot>> GetPublishedVariantsAsync(IReadOnlyCollection<int> variantIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<CatalogVariantSnapshot>> GetPublishedProductVariantsAsync(int productId, CancellationToken cancellationToken);

    Task<bool> TryReserveAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken);

    Task ReleaseAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken);
}

/// <summary>TEMPORARY: every product is its own single variant (variant id = product id).</summary>
internal sealed class PendingCatalogAdapter(Store.Catalog.Contracts.ICatalogProducts catalog) : ICatalogProducts
{
    public async Task<IReadOnlyList<CatalogVariantSnapshot>> GetPublishedVariantsAsync(IReadOnlyCollection<int> variantIds, CancellationToken cancellationToken) =>
        (await catalog.GetPublishedAsync(variantIds, cancellationToken)).Select(p => new CatalogVariantSnapshot(p.Id, p.Id, p.Name, p.Slug, [], p.Sku, p.Price, null, p.Stock, p.ImageUrl)).ToList();

    public Task<IReadOnlyList<CatalogVariantSnapshot>> GetPublishedProductVariantsAsync(int productId, CancellationToken cancellationToken) =>
        GetPublishedVariantsAsync([productId], cancellationToken);

    public Task<bool> TryReserveAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken) =>
        catalog.TryReserveAsync(lines.Select(l => new Store.Catalog.Contracts.StockLine(l.VariantId, l.Quantity)).ToList(), cancellationToken);

    public Task ReleaseAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken) =>
        catalog.ReleaseAsync(lines.Select(l => new Store.Catalog.Contracts.StockLine(l.VariantId, l.Quantity)).ToList(), cancellationToken);

}
