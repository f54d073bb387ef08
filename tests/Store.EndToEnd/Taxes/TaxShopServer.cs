using Microsoft.Extensions.DependencyInjection;
using Store.EndToEnd.Catalog;
using Store.Shipping.Zones;
using Store.Taxes;
using Store.Taxes.Categories;
using Store.Taxes.Rates;
using Store.Taxes.Settings;

namespace Store.EndToEnd.Taxes;

/// <summary>The catalog fixture shop selling with VAT included: FR 20 %, DE 19 %; France ships at 4.90 flat, Germany at 5.90 by weight.</summary>
public sealed class TaxShopServer : CatalogShopServer
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        var taxes = scope.ServiceProvider.GetRequiredService<TaxEditor>();
        var zones = scope.ServiceProvider.GetRequiredService<ShippingEditor>();
        var ct = CancellationToken.None;
        Check((await taxes.SaveCategoryAsync(null, new TaxCategoryInput("standard", "Standard", true), ct)).IsSaved);
        Check((await taxes.SaveRateAsync(null, new TaxRateInput("standard", "FR", null, null, 20m, "VAT"), ct)).IsSaved);
        Check((await taxes.SaveRateAsync(null, new TaxRateInput("standard", "DE", null, null, 19m, "VAT"), ct)).IsSaved);
        Check((await taxes.SaveSettingsAsync(new TaxSettingsInput(true, "FR", "standard"), ct)).IsSaved);
        Check((await zones.SaveZoneAsync(null, new ShippingZoneInput("France", ["FR"], 0, [new(null, "Standard", "flat", 490, null, null)]), ct)).IsSaved);
        Check((await zones.SaveZoneAsync(null, new ShippingZoneInput("Germany", ["DE"], 1,
            [new(null, "DHL", "weight", null, [new() { From = 0, Price = 590 }, new() { From = 5000, Price = 990 }], null)]), ct)).IsSaved);
    }

    private static void Check(bool saved)
    {
        if (!saved)
        {
            throw new InvalidOperationException("The tax shop's setup was refused.");
        }
    }
}
