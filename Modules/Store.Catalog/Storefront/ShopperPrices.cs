using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Products;
using Store.Catalog.Search;
using Store.Currencies.Contracts;

namespace Store.Catalog.Storefront;

/// <summary>
/// The request's prices in the shopper's currency (Currencies module): regular and compare-at prices are converted
/// before sale prices are worked out, as the cart does, so a list, a product page and the cart show the same figure.
/// In the base currency everything passes through untouched.
/// </summary>
internal sealed record ShopperPrices(ShopperMoney Money)
{
    public string Currency => Money.Currency;

    private bool Converts => Money.Converts;

    public static async Task<ShopperPrices> OfAsync(HttpContext http) =>
        new(await http.RequestServices.GetRequiredService<IShopperCurrency>().GetAsync(http.RequestAborted));

    private long Price(long baseMinor) => Money.Price(baseMinor);

    public IReadOnlyList<ProductCard> Cards(IReadOnlyList<ProductCard> cards) => !Converts ? cards : cards
        .Select(c => c with { Price = Price(c.Price), MaxPrice = Price(c.MaxPrice), CompareAtPrice = c.CompareAtPrice is { } was ? Price(was) : null })
        .ToList();

    /// <summary>Prior lowest prices come from the base-currency history: converted like the price beside them.</summary>
    public IReadOnlyList<ProductCard> PriorLows(IReadOnlyList<ProductCard> cards) => !Converts ? cards : cards
        .Select(c => c.PriorLowPrice is { } low ? c with { PriorLowPrice = Price(low) } : c)
        .ToList();

    public IReadOnlyDictionary<int, long> PriorLows(IReadOnlyDictionary<int, long> lows) =>
        !Converts ? lows : lows.ToDictionary(l => l.Key, l => Price(l.Value));

    public ProductDetails Product(ProductDetails product) => !Converts ? product : product with
    {
        Variants = product.Variants.Select(v => v with { Price = Price(v.Price), CompareAtPrice = v.CompareAtPrice is { } was ? Price(was) : null }).ToList(),
    };

    /// <summary>A price filter typed in the shopper's currency, as exact bounds on the base prices the index holds.</summary>
    public ProductQuery ForIndex(ProductQuery query) => !Converts ? query : query with
    {
        MinPrice = query.MinPrice is { } min ? Money.Setup.BaseAtLeast(min, Currency) : null,
        MaxPrice = query.MaxPrice is { } max ? Math.Max(Money.Setup.BaseAtMost(max, Currency), 0) : null,
    };
}
