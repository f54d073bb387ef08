using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Data;
using Store.Core.Sites;
using Store.Currencies.Contracts;
using Store.Currencies.Rates;

namespace Store.Currencies.Currencies;

/// <summary>
/// The base currency, the selling currencies and their current rates, read once and kept for <see cref="Lifetime"/>:
/// every price on every page needs them. The node where staff change them drops its copy at once; other nodes see
/// the change within the lifetime. A currency without a rate that applies today is not offered.
/// </summary>
public sealed class CurrencySetupCache(IServiceScopeFactory scopes, SiteState site, TimeProvider time) : ICurrencies
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private volatile Kept? _kept;

    public async Task<CurrencySetup> GetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_kept is { } kept && kept.Until > now)
        {
            return kept.Setup;
        }

        var baseCode = (await site.GetAsync(cancellationToken))?.Currency ?? "USD";
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
        var currencies = await db.Set<SellingCurrency>().AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        var today = now.UtcDateTime.Date;
        var rates = currencies.Count == 0
            ? []
            : await db.Set<ExchangeRate>().AsNoTracking()
                .Where(r => r.AppliesFrom == db.Set<ExchangeRate>().Where(x => x.Currency == r.Currency && x.AppliesFrom <= today).Max(x => x.AppliesFrom))
                .ToListAsync(cancellationToken);
        var selling = currencies
            .Where(c => c.Code != baseCode)
            .Select(c => (c, rate: rates.FirstOrDefault(r => r.Currency == c.Code)))
            .Where(x => x.rate is not null)
            .Select(x => new CurrencyInfo(x.c.Code, x.rate!.Rate, x.rate.AppliesFrom, new PriceRounding(x.c.RoundingStep, x.c.RoundingEnding)))
            .ToList();
        var setup = new CurrencySetup(baseCode, selling);
        _kept = new Kept(setup, now + Lifetime);
        return setup;
    }

    public void Forget() => _kept = null;

    private sealed record Kept(CurrencySetup Setup, DateTimeOffset Until);
}
