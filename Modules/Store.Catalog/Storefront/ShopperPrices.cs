using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Contracts;
using Store.Catalog.PriceLists;
using Store.Catalog.Products;
using Store.Catalog.Search;
using Store.Core.Data;
using Store.Currencies.Contracts;

namespace Store.Catalog.Storefront;

/// <summary>
/// The request's prices in the shopper's currency (Currencies module): a variant's price fixed in that currency (price
/// lists, README) wins, else regular and compare-at prices are converted; both before sale prices are worked out, as
/// the cart does, so a list, a product page and the cart show the same figure. In the base currency everything passes
/// through untouched.
/// </summary>
internal sealed record ShopperPrices(ShopperMoney Money, StoreDbContext Db, ISalePrices Sales)
{
    public string Currency => Money.Currency;

    private bool Converts => Money.Converts;

    public static async Task<ShopperPrices> OfAsync(HttpContext http) => new(
        await http.RequestServices.GetRequiredService<IShopperCurrency>().GetAsync(http.RequestAborted),
        http.RequestServices.GetRequiredService<StoreDbContext>(),
        http.RequestServices.GetRequiredService<ISalePrices>());

    private long Price(long baseMinor) => Money.Price(baseMinor);

    /// <summary>Cards in the shopper's currency: the lowest, highest and compare-at prices of products with fixed prices are worked out again from their variants.</summary>
    public async Task<IReadOnlyList<ProductCard>> CardsAsync(IReadOnlyList<ProductCard> cards, CancellationToken cancellationToken)
    {
        if (!Converts || cards.Count == 0)
        {
            return cards;
        }

        var shown = await FixedPrices.ShownAsync(Db, Money, cards.Select(c => c.Id).ToList(), cancellationToken);
        return cards.Select(c => shown.TryGetValue(c.Id, out var variants)
                ? c with { Price = variants[0].Price, MaxPrice = variants.Max(v => v.Price), CompareAtPrice = variants[0].CompareAtPrice }
                : c with { Price = Price(c.Price), MaxPrice = Price(c.MaxPrice), CompareAtPrice = c.CompareAtPrice is { } was ? Price(was) : null })
            .ToList();
    }

    /// <summary>Prior lowest prices come from the base-currency history: converted like the price beside them.</summary>
    public IReadOnlyList<ProductCard> PriorLows(IReadOnlyList<ProductCard> cards) => !Converts ? cards : cards
        .Select(c => c.PriorLowPrice is { } low ? c with { PriorLowPrice = Price(low) } : c)
        .ToList();

    public IReadOnlyDictionary<int, long> PriorLows(IReadOnlyDictionary<int, long> lows) =>
        !Converts ? lows : lows.ToDictionary(l => l.Key, l => Price(l.Value));

    public async Task<ProductDetails> ProductAsync(ProductDetails product, CancellationToken cancellationToken)
    {
        if (!Converts)
        {
            return product;
        }

        var fixedPrices = await FixedPrices.OfVariantsAsync(Db, product.Variants.Select(v => v.Id).ToList(), cancellationToken);
        return product with
        {
            Variants = product.Variants.Select(v =>
            {
                var entry = fixedPrices.GetValueOrDefault(v.Id);
                return v with { Price = Money.Price(v.Price, entry), CompareAtPrice = Money.CompareAt(v.CompareAtPrice, entry) };
            }).ToList(),
        };
    }

    /// <summary>
    /// A price filter typed in the shopper's currency, as exact bounds on the base prices the index holds; products with
    /// a price fixed in that currency are matched on their lowest shown price instead (README, "Price lists").
    /// </summary>
    public async Task<ProductQuery> ForIndexAsync(ProductQuery query, CancellationToken cancellationToken)
    {
        var byPrice = query.EffectiveSort is ProductSort.PriceAscending or ProductSort.PriceDescending;
        if (!Converts || (query.MinPrice is null && query.MaxPrice is null && !byPrice))
        {
            return query;
        }

        var shown = await FixedPrices.ShownAsync(Db, Money, productIds: null, cancellationToken);
        var off = shown.Count == 0 ? new Dictionary<int, decimal>() : await Sales.PercentOffAsync(shown.Keys.ToList(), cancellationToken);
        var prices = shown.ToDictionary(s => s.Key, s => off.TryGetValue(s.Key, out var percent) ? ISalePrices.Price(s.Value[0].Price, percent) : s.Value[0].Price);
        return query with
        {
            MinPrice = query.MinPrice is { } min ? Money.Setup.BaseAtLeast(min, Currency) : null,
            MaxPrice = query.MaxPrice is { } max ? Math.Max(Money.Setup.BaseAtMost(max, Currency), 0) : null,
            Shown = shown.Count == 0 ? null : new ShownPriceFilter(prices, query.MinPrice, query.MaxPrice)
            {
                // Sorted by price, a fixed price takes its place among converted ones by the base prices around it.
                Places = !byPrice ? null : prices.ToDictionary(p => p.Key, p => (Money.Setup.BaseAtLeast(p.Value + 1, Currency), Money.Setup.BaseAtLeast(p.Value, Currency))),
            },
        };
    }
}
