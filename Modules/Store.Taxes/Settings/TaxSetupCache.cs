using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Data;
using Store.Taxes.Categories;
using Store.Taxes.Contracts;
using Store.Taxes.Rates;

namespace Store.Taxes.Settings;

/// <summary>
/// The settings and categories, read once and kept for <see cref="Lifetime"/>: every price on every page needs
/// them. The node where staff change them drops its copy at once; other nodes see the change within the lifetime.
/// </summary>
public sealed class TaxSetupCache(IServiceScopeFactory scopes, TimeProvider time) : ITaxSetup
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private volatile Kept? _kept;

    public async Task<TaxSetup> GetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_kept is { } kept && kept.Until > now)
        {
            return kept.Setup;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
        var settings = await db.Set<TaxSettings>().AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new TaxSettings();
        var categories = await db.Set<TaxCategory>().AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new TaxCategoryInfo(c.Code, c.Name, c.IsDefault)).ToListAsync(cancellationToken);
        var setup = new TaxSetup(settings.PricesIncludeTax, settings.ShopCountry, settings.ShippingCategory, categories);
        // The note's rate: the default category's country-wide row in the shop's country.
        var standard = await db.Set<TaxRate>().AsNoTracking()
            .Where(r => r.Country == settings.ShopCountry && r.Region == null && r.PostalPrefix == null)
            .Where(r => db.Set<TaxCategory>().Any(c => c.Id == r.CategoryId && c.IsDefault))
            .Select(r => new { r.Rate, r.Name })
            .FirstOrDefaultAsync(cancellationToken);
        _kept = new Kept(setup, standard is null ? null : (standard.Rate, standard.Name), now + Lifetime);
        return setup;
    }

    /// <summary>The default category's rate and name in the shop's country, for "incl. 20 % VAT"; null when untaxed.</summary>
    public async Task<(decimal Rate, string Name)?> StandardRateAsync(CancellationToken cancellationToken)
    {
        await GetAsync(cancellationToken);
        return _kept?.Standard;
    }

    public void Forget() => _kept = null;

    private sealed record Kept(TaxSetup Setup, (decimal Rate, string Name)? Standard, DateTimeOffset Until);
}
