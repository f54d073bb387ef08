using Microsoft.Extensions.DependencyInjection;
using Store.Currencies.Currencies;
using Store.Currencies.Rates;
using Store.Tests.Payments;

namespace Store.Tests.Currencies;

/// <summary>A USD shop paid through the fake Stripe that also sells in JPY (151.37, to the yen) and KWD (0.3071, to the fils).</summary>
public sealed class CurrencyStripeAppFactory : PaymentsAppFactory
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<CurrencyEditor>();
        Assert.True((await editor.SaveCurrencyAsync(null, new CurrencyInput("JPY", 1m, 0m), CancellationToken.None)).IsSaved);
        Assert.True((await editor.SaveRateAsync(new RateInput("JPY", 151.37m, null), "admin", CancellationToken.None)).IsSaved);
        Assert.True((await editor.SaveCurrencyAsync(null, new CurrencyInput("KWD", 0.001m, 0m), CancellationToken.None)).IsSaved);
        Assert.True((await editor.SaveRateAsync(new RateInput("KWD", 0.3071m, null), "admin", CancellationToken.None)).IsSaved);
    }
}
