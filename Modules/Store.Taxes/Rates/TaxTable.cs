using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Taxes.Categories;
using Store.Taxes.Contracts;

namespace Store.Taxes.Rates;

/// <summary>
/// The shop's own <see cref="ITaxCalculator"/>: the rate table. One query per call (the destination country's
/// rows); per amount the most specific matching row of its category (<see cref="Best"/>), else no tax.
/// </summary>
internal sealed class TaxTable(StoreDbContext db, ITaxSetup setup) : ITaxCalculator
{
    public async Task<IReadOnlyList<TaxQuote>> CalculateAsync(TaxAddress address, IReadOnlyList<TaxableAmount> amounts, bool pricesIncludeTax, CancellationToken cancellationToken)
    {
        var country = address.Country.Trim().ToUpperInvariant();
        var rows = await db.Set<TaxRate>().AsNoTracking()
            .Where(r => r.Country == country)
            .Join(db.Set<TaxCategory>(), r => r.CategoryId, c => c.Id, (r, c) => new Row(c.Code, r.Region, r.PostalPrefix, r.Rate, r.Id))
            .ToListAsync(cancellationToken);
        var categories = (await setup.GetAsync(cancellationToken)).Categories;
        var fallback = categories.FirstOrDefault(c => c.IsDefault)?.Code;
        var postal = Normalize(address.PostalCode);
        var region = address.Region?.Trim();
        return amounts.Select(a =>
        {
            var code = a.Category is { } named && categories.Any(c => string.Equals(c.Code, named, StringComparison.OrdinalIgnoreCase)) ? named : fallback;
            var rate = code is null ? null : Best(rows, code, region, postal);
            return rate is null ? TaxQuote.None : new TaxQuote(rate.Rate, TaxRounding.TaxOf(a.Amount, rate.Rate, pricesIncludeTax));
        }).ToList();
    }

    /// <summary>Upper case without spaces or dashes, as prefixes are stored.</summary>
    public static string? Normalize(string? postalCode) =>
        string.IsNullOrWhiteSpace(postalCode) ? null : string.Concat(postalCode.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    // Most specific wins: a longer postal prefix first, then a row naming the region, then the older row.
    private static Row? Best(List<Row> rows, string code, string? region, string? postal) => rows
        .Where(r => string.Equals(r.Category, code, StringComparison.OrdinalIgnoreCase))
        .Where(r => r.Region is null || string.Equals(r.Region, region, StringComparison.OrdinalIgnoreCase))
        .Where(r => r.PostalPrefix is null || (postal is not null && postal.StartsWith(r.PostalPrefix, StringComparison.Ordinal)))
        .OrderByDescending(r => r.PostalPrefix?.Length ?? 0)
        .ThenByDescending(r => r.Region is not null)
        .ThenBy(r => r.Id)
        .FirstOrDefault();

    private sealed record Row(string Category, string? Region, string? PostalPrefix, decimal Rate, int Id);
}
