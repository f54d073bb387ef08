using Microsoft.Extensions.DependencyInjection;
using Store.Currencies.Currencies;
using Store.Currencies.Rates;
using Store.EndToEnd.Catalog;
using Store.Shipping.Zones;

namespace Store.EndToEnd.Currencies;

/// <summary>The catalog fixture shop (USD) also selling in euros at 0.92; France ships at 4.90 flat.</summary>
public sealed class CurrencyShopServer : CatalogShopServer
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        var currencies = scope.ServiceProvider.GetRequiredService<CurrencyEditor>();
        var zones = scope.ServiceProvider.GetRequiredService<ShippingEditor>();
        var ct = CancellationToken.None;
        Check((await currencies.SaveCurrencyAsync(null, new CurrencyInput("EUR", 0.01m, 0m), ct)).IsSaved);
        Check((await currencies.SaveRateAsync(new RateInput("EUR", 0.92m, null), "admin", ct)).IsSaved);
        Check((await zones.SaveZoneAsync(null, new ShippingZoneInput("France", ["FR"], 0, [new(null, "Standard", "flat", 490, null, null)]), ct)).IsSaved);
    }

    private static void Check(bool saved)
    {
        if (!saved)
        {
            throw new InvalidOperationException("The currency shop's setup was refused.");
        }
    }
}
