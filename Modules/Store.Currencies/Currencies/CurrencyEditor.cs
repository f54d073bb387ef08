using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Core.Data;
using Store.Core.Money;
using Store.Core.Sites;
using Store.Currencies.Rates;

namespace Store.Currencies.Currencies;

/// <summary>
/// Every change to selling currencies and rates, with their rules, for the admin page, the API and the
/// <c>currencies</c> recipe step alike. A refused change writes nothing.
/// </summary>
public sealed class CurrencyEditor(StoreDbContext db, CurrencySetupCache setup, SiteState site, TimeProvider time, IStringLocalizer<CurrencyEditor> localizer)
{
    /// <summary>Largest rate accepted: more units per base unit than any real pair (IRR per USD is about 42,000).</summary>
    public const decimal MaxRate = 10_000_000m;

    private static readonly HashSet<string> KnownCodes = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).ISOCurrencySymbol; } catch (ArgumentException) { return null; } })
        .Where(c => c is { Length: 3 } && c.All(char.IsAsciiLetterUpper))
        .ToHashSet(StringComparer.Ordinal)!;

    public static bool IsKnown(string? code) => code is not null && KnownCodes.Contains(code.Trim().ToUpperInvariant());

    public async Task<EditResult<SellingCurrency>> SaveCurrencyAsync(int? id, CurrencyInput input, CancellationToken cancellationToken)
    {
        var set = db.Set<SellingCurrency>();
        var currency = id is { } existingId ? await set.FirstOrDefaultAsync(c => c.Id == existingId, cancellationToken) : null;
        if (id is not null && currency is null)
        {
            return EditResult.Missing<SellingCurrency>();
        }

        var errors = new Dictionary<string, string>();
        var code = input.Code?.Trim().ToUpperInvariant() ?? "";
        var baseCode = await BaseAsync(cancellationToken);
        if (!IsKnown(code))
        {
            errors[nameof(input.Code)] = localizer["Enter an ISO 4217 currency code, such as EUR, GBP or JPY."];
        }
        else if (code == baseCode)
        {
            errors[nameof(input.Code)] = localizer["{0} is the shop's base currency: prices are entered in it already.", code];
        }
        else if (await set.AnyAsync(c => c.Code == code && c.Id != (id ?? 0), cancellationToken))
        {
            errors[nameof(input.Code)] = localizer["The shop already sells in {0}.", code];
        }
        else if (currency is not null && currency.Code != code)
        {
            errors[nameof(input.Code)] = localizer["A currency's code cannot change (its rates and orders name it); add the other currency instead."];
        }

        var decimals = IsKnown(code) ? Money.DecimalsOf(code) : 2;
        var scale = decimals switch { 0 => 1m, 3 => 1000m, _ => 100m };
        var step = (input.RoundTo ?? 0m) * scale;
        var ending = (input.Ending ?? 0m) * scale;
        if (input.RoundTo is null || step < 1 || step != decimal.Truncate(step) || step > 1_000_000)
        {
            errors[nameof(input.RoundTo)] = decimals == 0
                ? localizer["Enter what prices round to: 1 for every unit, or 10, 100…"]
                : localizer["Enter what prices round to: {0} for the minor unit, or 1 for whole units, with at most {1} decimals.", 1 / scale, decimals];
        }
        else if (ending < 0 || ending != decimal.Truncate(ending) || ending >= step)
        {
            errors[nameof(input.Ending)] = localizer["Enter the ending prices take, below what they round to (0.99 with 1, 80 with 100), or 0 for none."];
        }

        if (errors.Count > 0)
        {
            return EditResult.Invalid<SellingCurrency>(errors);
        }

        if (currency is null)
        {
            currency = new SellingCurrency { Code = code };
            set.Add(currency);
        }

        currency.RoundingStep = (long)step;
        currency.RoundingEnding = (long)ending;
        await db.SaveChangesAsync(cancellationToken);
        setup.Forget();
        return EditResult.Saved(currency);
    }

    /// <summary>Stops selling in a currency and deletes its rates; placed orders keep their currency and rate.</summary>
    public async Task<bool> DeleteCurrencyAsync(int id, CancellationToken cancellationToken)
    {
        var currency = await db.Set<SellingCurrency>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (currency is null)
        {
            return false;
        }

        await db.InTransactionAsync(async () =>
        {
            await db.Set<ExchangeRate>().Where(r => r.Currency == currency.Code).ExecuteDeleteAsync(cancellationToken);
            db.Remove(currency);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
        setup.Forget();
        return true;
    }

    /// <summary>Sets the rate of a selling currency from a day on (today by default), replacing that day's rate.</summary>
    public async Task<EditResult<ExchangeRate>> SaveRateAsync(RateInput input, string source, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var code = input.Currency?.Trim().ToUpperInvariant() ?? "";
        if (!await db.Set<SellingCurrency>().AnyAsync(c => c.Code == code, cancellationToken))
        {
            errors[nameof(input.Currency)] = localizer["Choose one of the shop's selling currencies (add it first)."];
        }

        if (input.Rate is not { } rate || rate <= 0 || rate > MaxRate || decimal.Round(rate, 8) != rate)
        {
            errors[nameof(input.Rate)] = localizer["Enter how many units of the currency one unit of the base currency buys: more than 0, with at most 8 decimals (0.92 for EUR per USD)."];
        }

        if (errors.Count > 0)
        {
            return EditResult.Invalid<ExchangeRate>(errors);
        }

        var day = (input.AppliesFrom ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var saved = await UpsertAsync(code, input.Rate!.Value, day, source, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        setup.Forget();
        return EditResult.Saved(saved);
    }

    /// <summary>
    /// Imports the European Central Bank's reference rates (the daily or the 90-day XML file) for the selling
    /// currencies, converted to the base currency. All days in the file, or nothing when it cannot be read.
    /// </summary>
    public async Task<EditResult<EcbImport>> ImportEcbAsync(string xml, CancellationToken cancellationToken)
    {
        var days = EcbRates.Parse(xml);
        if (days is null)
        {
            return EditResult.Invalid<EcbImport>("File", localizer["This is not the ECB's reference-rates XML (eurofxref-daily.xml or eurofxref-hist-90d.xml)."]);
        }

        var baseCode = await BaseAsync(cancellationToken);
        var codes = await db.Set<SellingCurrency>().AsNoTracking().Select(c => c.Code).ToListAsync(cancellationToken);
        var imported = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var (day, perEuro) in days)
        {
            foreach (var code in codes)
            {
                if (EcbRates.Cross(perEuro, baseCode, code) is { } rate)
                {
                    await UpsertAsync(code, rate, day, "ecb", cancellationToken);
                    imported.Add(code);
                    count++;
                }
            }
        }

        if (count == 0)
        {
            return EditResult.Invalid<EcbImport>("File", codes.Count == 0
                ? localizer["The file has no rate for any selling currency against {0}.", baseCode]
                : localizer["The file has no rate for {0} against {1}.", string.Join(", ", codes), baseCode]);
        }

        await db.SaveChangesAsync(cancellationToken);
        setup.Forget();
        return EditResult.Saved(new EcbImport(count, days.Max(d => d.Day), [.. imported.Order()], [.. codes.Except(imported).Order()]));
    }

    private async Task<ExchangeRate> UpsertAsync(string code, decimal rate, DateTime day, string source, CancellationToken cancellationToken)
    {
        var row = db.Set<ExchangeRate>().Local.FirstOrDefault(r => r.Currency == code && r.AppliesFrom == day)
            ?? await db.Set<ExchangeRate>().FirstOrDefaultAsync(r => r.Currency == code && r.AppliesFrom == day, cancellationToken);
        if (row is null)
        {
            row = new ExchangeRate { Currency = code, AppliesFrom = day, Source = source };
            db.Add(row);
        }

        row.Rate = rate;
        row.Source = source;
        return row;
    }

    private async Task<string> BaseAsync(CancellationToken cancellationToken) => (await site.GetAsync(cancellationToken))?.Currency ?? "USD";
}
