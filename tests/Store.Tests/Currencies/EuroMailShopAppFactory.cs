using Microsoft.Extensions.DependencyInjection;
using Store.Currencies.Currencies;
using Store.Currencies.Rates;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Currencies;

/// <summary>A USD shop that also sells in EUR (0.92, to the cent) and sends its emails over SMTP to a real server inside the test.</summary>
public sealed class EuroMailShopAppFactory : ShopAppFactory
{
    public EuroMailShopAppFactory()
    {
        Smtp = new SmtpTestServer().Start();
        Setting("Email:Smtp:Host", "127.0.0.1");
        Setting("Email:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Setting("Email:Smtp:UseTls", "false");
        Setting("Email:Smtp:From", "Test shop <shop@test.local>");
    }

    public SmtpTestServer Smtp { get; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<CurrencyEditor>();
        Assert.True((await editor.SaveCurrencyAsync(null, new CurrencyInput("EUR", 0.01m, 0m), CancellationToken.None)).IsSaved);
        Assert.True((await editor.SaveRateAsync(new RateInput("EUR", 0.92m, null), "admin", CancellationToken.None)).IsSaved);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
