using Store.Catalog.Contracts;
using Store.Currencies.Contracts;

namespace Store.Wishlist.Items;

/// <summary>
/// Today's name, price and stock of wishlist entries, from the catalog's contract in one query for the lot (pages,
/// the API and the alert job alike). A product stands for its cheapest variant and is in stock when any is.
/// Pages and the API show prices in the shopper's currency (<see cref="FindShownAsync"/>: a price fixed in it, else
/// converted, then the sale); alerts compare and mail base-currency prices (<see cref="FindAsync"/>).
/// </summary>
internal sealed class WishlistCatalog(ICatalogProducts catalog, ISalePrices sales)
{
    /// <summary>The entries still for sale; unpublished or deleted ones are left out.</summary>
    public Task<Dictionary<WishKey, WishedProduct>> FindAsync(IReadOnlyCollection<WishKey> keys, CancellationToken cancellationToken) =>
        FindAsync(keys, null, cancellationToken);

    /// <summary>As <see cref="FindAsync(IReadOnlyCollection{WishKey}, CancellationToken)"/>, priced in <paramref name="money"/>'s currency.</summary>
    public Task<Dictionary<WishKey, WishedProduct>> FindShownAsync(IReadOnlyCollection<WishKey> keys, ShopperMoney money, CancellationToken cancellationToken) =>
        FindAsync(keys, money, cancellationToken);

    private async Task<Dictionary<WishKey, WishedProduct>> FindAsync(IReadOnlyCollection<WishKey> keys, ShopperMoney? money, CancellationToken cancellationToken)
    {
        var productIds = keys.Select(k => k.ProductId).Distinct().ToList();
        var variants = (await catalog.GetPublishedVariantsOfProductsAsync(productIds, cancellationToken))
            .Select(v => money is null || !money.Converts ? v : v with { Price = money.Price(v.Price, v.FixedPrices), CompareAtPrice = money.CompareAt(v.CompareAtPrice, v.FixedPrices) })
            .ToLookup(v => v.ProductId);
        var off = productIds.Count == 0 ? new Dictionary<int, decimal>() : await sales.PercentOffAsync(productIds, cancellationToken);
        var found = new Dictionary<WishKey, WishedProduct>();
        foreach (var key in keys.Distinct())
        {
            var ofProduct = variants[key.ProductId].ToList();
            var percent = off.TryGetValue(key.ProductId, out var p) ? p : (decimal?)null;
            if (key.VariantId != 0)
            {
                if (ofProduct.FirstOrDefault(v => v.VariantId == key.VariantId) is { } variant)
                {
                    found[key] = Describe(key, variant, percent, [variant]);
                }
            }
            else if (ofProduct.Count > 0)
            {
                var cheapest = ofProduct.MinBy(v => PriceOf(v, percent))!;
                found[key] = Describe(key, cheapest, percent, ofProduct);
            }
        }

        return found;
    }

    private static WishedProduct Describe(WishKey key, CatalogVariantSnapshot shown, decimal? percent, List<CatalogVariantSnapshot> all)
    {
        var price = PriceOf(shown, percent);
        long? was = percent is not null && price < shown.Price ? shown.Price
            : shown.CompareAtPrice is { } compare && compare > price ? compare : null;
        var options = key.VariantId == 0 || shown.ShownOptions.Count == 0 ? null : shown.ShownOptionsText;
        return new WishedProduct(key.ProductId, key.VariantId, shown.ShownProductName, shown.ProductSlug, options, shown.ImageUrl,
            price, was, all.Select(v => PriceOf(v, percent)).Distinct().Count() > 1, all.Sum(v => Math.Max(v.Stock, 0)),
            all.Count == 1 ? all[0].VariantId : null);
    }

    public static long PriceOf(CatalogVariantSnapshot variant, decimal? percent) =>
        percent is { } p ? ISalePrices.Price(variant.Price, p) : variant.Price;
}
