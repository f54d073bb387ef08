using System.Net.Http.Json;
using System.Text.Json;

namespace Store.Bench.Load;

/// <summary>
/// Generated products the write scenarios buy: a handful with a stock no run can sell out (set through the catalog
/// API as a merchandiser would), and one more kept for the contention race.
/// </summary>
internal sealed record LoadStock(int ProductNumber, IReadOnlyList<int> VariantIds, int RaceProductId, int RaceVariantId)
{
    public const int Plenty = 1_000_000;

    public static async Task<LoadStock> PrepareAsync(HttpClient admin, int products)
    {
        // Every twentieth generated product is a draft (CatalogSeeder): buy the others.
        var numbers = Enumerable.Range(1, products).Where(n => n % 20 != 0).Take(11).ToList();
        if (numbers.Count < 2)
        {
            throw new ArgumentException("The load run needs at least 2 published generated products (--products 2 or more).");
        }

        var variants = new List<int>();
        foreach (var number in numbers[..^1])
        {
            var (productId, variantId) = await FirstVariantAsync(admin, number);
            await SetStockAsync(admin, productId, variantId, Plenty);
            variants.Add(variantId);
        }

        var (raceProduct, raceVariant) = await FirstVariantAsync(admin, numbers[^1]);
        return new LoadStock(numbers[0], variants, raceProduct, raceVariant);
    }

    public static async Task SetStockAsync(HttpClient admin, int productId, int variantId, int stock)
    {
        using var response = await admin.PutAsJsonAsync($"/api/v1/products/{productId}/variants/{variantId}", new { stock });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Setting stock answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public static async Task<int> StockOfAsync(HttpClient admin, int productId, int variantId)
    {
        using var json = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/products/{productId}"));
        return json.RootElement.GetProperty("variants").EnumerateArray().First(v => v.GetProperty("id").GetInt32() == variantId).GetProperty("stock").GetInt32();
    }

    private static async Task<(int ProductId, int VariantId)> FirstVariantAsync(HttpClient admin, int number)
    {
        using var json = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/products/product-{number}"));
        return (json.RootElement.GetProperty("id").GetInt32(), json.RootElement.GetProperty("variants")[0].GetProperty("id").GetInt32());
    }
}
