using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Contracts;
using Store.Catalog.Products;
using Store.Shipping.Zones;
using Store.Taxes;
using Store.Taxes.Categories;
using Store.Taxes.Rates;
using Store.Taxes.Settings;
using Store.Tests.Catalog;
using Store.Tests.Orders;

namespace Store.Tests.Taxes;

/// <summary>The tax table and zones the tax and shipping tests buy against, set through the same editors as the admin.</summary>
internal static class TaxShop
{
    public static readonly object FrenchAddress = new { fullName = "Ada Buyer", line1 = "1 rue de la Paix", city = "Paris", postalCode = "75002", country = "FR" };
    public static readonly object GermanAddress = new { fullName = "Ada Käufer", line1 = "1 Hauptstraße", city = "Berlin", postalCode = "10115", country = "DE" };
    public static readonly object CaliforniaAddress = new { fullName = "Ada Buyer", line1 = "1 Main St", city = "San Jose", region = "CA", postalCode = "95113", country = "US" };
    public static readonly object NewYorkCityAddress = new { fullName = "Ada Buyer", line1 = "1 Broadway", city = "New York", region = "NY", postalCode = "10004", country = "US" };
    public static readonly object JapaneseAddress = new { fullName = "Ada Buyer", line1 = "1 Chome", city = "Tokyo", postalCode = "100-0001", country = "JP" };

    /// <summary>
    /// Standard and reduced categories; FR 20 / 5.5, DE 19 / 7, US-CA 7.25, US postal codes 100… 8.875 (standard only);
    /// shipping taxed as standard. Zones: France (Standard 4.90 flat, Express 9.90 flat), Germany (by weight: 5.90 to
    /// 2 kg, 8.90 from 2 kg; free from 80.00), United States (by total: 14.90, 9.90 from 50.00, free from 150.00).
    /// </summary>
    public static async Task SetUpAsync(this CatalogAppFactory app, bool pricesIncludeTax)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var taxes = scope.ServiceProvider.GetRequiredService<TaxEditor>();
        var ct = CancellationToken.None;
        if (!await app.WithDbAsync(db => Task.FromResult(db.Set<TaxCategory>().Any())))
        {
            Saved(await taxes.SaveCategoryAsync(null, new TaxCategoryInput("standard", "Standard", true), ct));
            Saved(await taxes.SaveCategoryAsync(null, new TaxCategoryInput("reduced", "Reduced", false), ct));
            foreach (var (country, region, prefix, category, rate) in new (string, string?, string?, string, decimal)[]
            {
                ("FR", null, null, "standard", 20m), ("FR", null, null, "reduced", 5.5m),
                ("DE", null, null, "standard", 19m), ("DE", null, null, "reduced", 7m),
                ("US", "CA", null, "standard", 7.25m), ("US", null, "100", "standard", 8.875m),
            })
            {
                Saved(await taxes.SaveRateAsync(null, new TaxRateInput(category, country, region, prefix, rate, country == "US" ? "Sales tax" : "VAT"), ct));
            }

            var zones = scope.ServiceProvider.GetRequiredService<ShippingEditor>();
            Saved(await zones.SaveZoneAsync(null, new ShippingZoneInput("France", ["FR"], 0,
                [new(null, "Standard", "flat", 490, null, null), new(null, "Express", "flat", 990, null, null)]), ct));
            Saved(await zones.SaveZoneAsync(null, new ShippingZoneInput("Germany", ["DE"], 1,
                [new(null, "Standard", "weight", null, [new() { From = 0, Price = 590 }, new() { From = 2000, Price = 890 }], 8000)]), ct));
            Saved(await zones.SaveZoneAsync(null, new ShippingZoneInput("United States", ["US"], 2,
                [new(null, "Ground", "total", null, [new() { From = 0, Price = 1490 }, new() { From = 5000, Price = 990 }], 15000)]), ct));
            // The default recipe's "everywhere" zone would take Japan: these tests ship to the zones above only.
            await app.WithDbAsync(async db =>
            {
                db.RemoveRange(db.Set<ShippingZone>().Where(z => z.Places == "*"));
                return await db.SaveChangesAsync();
            });
        }

        Saved(await taxes.SaveSettingsAsync(new TaxSettingsInput(pricesIncludeTax, "FR", "standard"), ct));
    }

    /// <summary>A published one-variant product with a tax category and a weight.</summary>
    public static async Task<Item> TaxedProductAsync(this CatalogAppFactory app, string name, long price, string? taxCategory, int weightGrams, int stock = 50)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (product, errors) = await scope.ServiceProvider.GetRequiredService<ProductEditor>().SaveAsync(null, new ProductInput
        {
            Name = name, Sku = "TX-" + Guid.NewGuid().ToString("n")[..10], Price = price, Stock = stock, Published = true, TaxCategory = taxCategory, WeightGrams = weightGrams,
        }, CancellationToken.None);
        Assert.True(errors.Count == 0, string.Join("; ", errors.Values));
        var variants = await scope.ServiceProvider.GetRequiredService<ICatalogProducts>().GetPublishedProductVariantsAsync(product!.Id, CancellationToken.None);
        return new Item(product.Id, Assert.Single(variants).VariantId);
    }

    private static void Saved<T>(Store.Core.Data.EditResult<T> result)
        where T : class => Assert.True(result.IsSaved, string.Join("; ", result.Errors.Select(e => $"{e.Key}: {e.Value}")));
}
