using Microsoft.Extensions.DependencyInjection;
using Store.Currencies.Currencies;
using Store.Currencies.Rates;
using Store.Tests.Orders;

namespace Store.Tests.Currencies;

/// <summary>A USD shop that also sells in EUR (0.92, to the cent), GBP (0.79, charm .99) and JPY (151.37, to the yen).</summary>
public sealed class EuroShopAppFactory : ShopAppFactory
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SetRateAsync("EUR", 0.92m, 0.01m, 0m);
        await SetRateAsync("GBP", 0.79m, 1m, 0.99m);
        await SetRateAsync("JPY", 151.37m, 1m, 0m);
    }

    /// <summary>Adds the currency when new, and sets today's rate.</summary>
    public async Task SetRateAsync(string code, decimal rate, decimal roundTo, decimal ending)
    {
        await using var scope = Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<CurrencyEditor>();
        await editor.SaveCurrencyAsync(null, new CurrencyInput(code, roundTo, ending), CancellationToken.None);
        Assert.True((await editor.SaveRateAsync(new RateInput(code, rate, null), "admin", CancellationToken.None)).IsSaved);
    }
}
