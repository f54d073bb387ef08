using Store.Catalog.Contracts;
using Store.Catalog.Products;
using Store.Catalog.Search;

namespace Store.Catalog.Storefront;

/// <summary>
/// Puts sale prices on what lists and product pages show: the sale price as the price and the regular price as the
/// struck-through "was" price, so the templates' compare-at display shows a sale without knowing about promotions.
/// Sorting and price filters still use the regular price.
/// </summary>
internal static class SaleDisplay
{
    public static async Task<IReadOnlyList<ProductCard>> ApplyAsync(ISalePrices sales, IReadOnlyList<ProductCard> cards, CancellationToken cancellationToken)
    {
        var off = cards.Count == 0 ? new Dictionary<int, decimal>() : await sales.PercentOffAsync(cards.Select(c => c.Id).ToList(), cancellationToken);
        return off.Count == 0 ? cards : cards.Select(c => off.TryGetValue(c.Id, out var percent)
            ? c with { Price = ISalePrices.Price(c.Price, percent), MaxPrice = ISalePrices.Price(c.MaxPrice, percent), CompareAtPrice = c.Price }
            : c).ToList();
    }

    public static async Task<ProductDetails> ApplyAsync(ISalePrices sales, ProductDetails product, CancellationToken cancellationToken) =>
        (await sales.PercentOffAsync([product.Id], cancellationToken)).TryGetValue(product.Id, out var percent)
            ? product with { Variants = product.Variants.Select(v => v with { Price = ISalePrices.Price(v.Price, percent), CompareAtPrice = v.Price }).ToList() }
            : product;
}
