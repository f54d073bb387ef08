using System.Net;
using System.Net.Http.Json;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Currencies;

/// <summary>The wishlist shows prices in the shopper's currency: fixed ones where a merchandiser set them, else converted.</summary>
public sealed class WishlistCurrencyTests(EuroShopAppFactory app) : IClassFixture<EuroShopAppFactory>
{
    [Fact]
    public async Task The_wishlist_api_prices_items_in_the_asked_currency_with_fixed_prices_first()
    {
        var converted = await app.ProductAsync("Wish Converted", 1999, 10);
        var pinned = await app.ProductAsync("Wish Pinned", 1999, 10);
        var admin = await app.ApiAdminAsync();
        await (await admin.PutAsJsonAsync($"/api/v1/products/{pinned.ProductId}/variants/{pinned.VariantId}/price-list",
            new { prices = new[] { new { currency = "EUR", price = 1500L } } })).OkJsonAsync();
        var (_, api) = await app.ApiShopperAsync();
        await (await api.PostAsJsonAsync("/api/v1/account/wishlist", new { variantId = converted.VariantId })).OkJsonAsync(HttpStatusCode.Created);
        await (await api.PostAsJsonAsync("/api/v1/account/wishlist", new { variantId = pinned.VariantId })).OkJsonAsync(HttpStatusCode.Created);

        var euros = await (await api.GetAsync("/api/v1/account/wishlist?currency=EUR")).OkJsonAsync();
        var dollars = await (await api.GetAsync("/api/v1/account/wishlist")).OkJsonAsync();

        var byName = euros.EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!, i => (i.GetProperty("price").GetInt64(), i.GetProperty("currency").GetString()));
        // 19.99 × 0.92 = 18.39 converted; 15.00 fixed.
        Assert.Equal((1839L, "EUR"), byName["Wish Converted"]);
        Assert.Equal((1500L, "EUR"), byName["Wish Pinned"]);
        Assert.All(dollars.EnumerateArray(), i => Assert.Equal((1999L, "USD"), (i.GetProperty("price").GetInt64(), i.GetProperty("currency").GetString())));
    }
}
