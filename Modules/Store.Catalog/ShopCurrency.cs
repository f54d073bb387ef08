using Store.Core.Sites;

namespace Store.Catalog;

/// <summary>The shop's currency, chosen at setup; USD until setup has run.</summary>
internal static class ShopCurrency
{
    public static async Task<string> CurrencyAsync(this SiteState site, CancellationToken cancellationToken) =>
        (await site.GetAsync(cancellationToken))?.Currency ?? "USD";
}
