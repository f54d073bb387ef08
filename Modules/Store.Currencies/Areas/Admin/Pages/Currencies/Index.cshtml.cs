using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Core.Data;
using Store.Core.Money;
using Store.Core.Security;
using Store.Currencies.Contracts;
using Store.Currencies.Currencies;
using Store.Currencies.Rates;

namespace Store.Currencies.Areas.Admin.Pages.Currencies;

/// <summary>
/// <c>/admin/currencies</c>: the selling currencies with today's rate and rounding rule, a form to add one or change
/// its rule (<c>?currency=</c>), a rate form and the ECB file import. Every form posts through <see cref="CurrencyEditor"/>.
/// </summary>
[RequirePermission(CurrenciesPermissions.ManageCurrenciesName)]
public sealed class IndexModel(StoreDbContext db, CurrencyEditor editor, ICurrencies currencies, IStringLocalizer<IndexModel> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "currency")]
    public int? EditCurrency { get; set; }

    [BindProperty]
    public CurrencyForm Currency { get; set; } = new();

    [BindProperty]
    public RateForm Rate { get; set; } = new();

    public string Base { get; private set; } = "USD";

    public IReadOnlyList<CurrencyRow> Rows { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (EditCurrency is not null)
        {
            if (Rows.FirstOrDefault(r => r.Id == EditCurrency) is not { } row)
            {
                return NotFound();
            }

            Currency = new CurrencyForm { Code = row.Code, RoundTo = row.RoundTo, Ending = row.Ending };
        }

        return Page();
    }

    public Task<IActionResult> OnPostSaveCurrencyAsync(CancellationToken cancellationToken) =>
        AnswerAsync(editor.SaveCurrencyAsync(EditCurrency, new CurrencyInput(Currency.Code, Currency.RoundTo, Currency.Ending), cancellationToken),
            "Currency.", c => localizer["Saved {0}. It is offered to shoppers once it has a rate.", c.Code], cancellationToken);

    public Task<IActionResult> OnPostSaveRateAsync(CancellationToken cancellationToken) =>
        AnswerAsync(editor.SaveRateAsync(new RateInput(Rate.Currency, Rate.Rate, Rate.AppliesFrom), "admin", cancellationToken),
            "Rate.", r => localizer["Saved the {0} rate {1:0.########} from {2:d}.", r.Currency, r.Rate, r.AppliesFrom], cancellationToken);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length is 0 or > 1_000_000)
        {
            return await RefuseAsync(new Dictionary<string, string> { ["Import.File"] = localizer["Choose the ECB's XML file (eurofxref-daily.xml), at most 1 MB."] }, cancellationToken);
        }

        using var reader = new StreamReader(file.OpenReadStream());
        return await AnswerAsync(editor.ImportEcbAsync(await reader.ReadToEndAsync(cancellationToken), cancellationToken), "Import.",
            i => localizer["Imported {0} rates up to {1:d} for {2}.", i.Rates, i.LatestDay, string.Join(", ", i.Updated)]
                + (i.Missing.Count > 0 ? " " + localizer["The file has no rate for {0}.", string.Join(", ", i.Missing)] : ""),
            cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        Message = await editor.DeleteCurrencyAsync(id, cancellationToken) ? localizer["The shop no longer sells in that currency."] : localizer["That currency was already removed."];
        return RedirectToPage(new { currency = (int?)null });
    }

    private async Task<IActionResult> AnswerAsync<T>(Task<EditResult<T>> save, string prefix, Func<T, string> saved, CancellationToken cancellationToken)
        where T : class
    {
        var result = await save;
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.IsSaved)
        {
            Message = saved(result.Value!);
            return RedirectToPage(new { currency = (int?)null });
        }

        return await RefuseAsync(result.Errors.ToDictionary(e => prefix + e.Key, e => e.Value), cancellationToken);
    }

    private async Task<IActionResult> RefuseAsync(Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in errors)
        {
            Errors[field] = message;
        }

        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var setup = await currencies.GetAsync(cancellationToken);
        Base = setup.Base;
        var rows = await db.Set<SellingCurrency>().AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        Rows = rows.Select(c => setup.Find(c.Code) is { } info
                ? new CurrencyRow(c.Id, c.Code, Money.Major(c.RoundingStep, c.Code), Money.Major(c.RoundingEnding, c.Code), info.Rate, DateOnly.FromDateTime(info.RateFrom), Example(setup, c.Code))
                : new CurrencyRow(c.Id, c.Code, Money.Major(c.RoundingStep, c.Code), Money.Major(c.RoundingEnding, c.Code), null, null, null))
            .ToList();
    }

    // What a base price of 19.99 becomes, so the rule can be checked at a glance.
    private static string Example(CurrencySetup setup, string code)
    {
        var sample = 1999 * (long)Math.Pow(10, Money.DecimalsOf(setup.Base)) / 100;
        return $"{new Money(sample, setup.Base).Format(CultureInfo.CurrentCulture)} → {new Money(setup.Price(sample, code), code).Format(CultureInfo.CurrentCulture)}";
    }

    public sealed record CurrencyRow(int Id, string Code, decimal RoundTo, decimal Ending, decimal? Rate, DateOnly? RateFrom, string? Example);

    public sealed class CurrencyForm
    {
        public string? Code { get; set; }

        public decimal? RoundTo { get; set; }

        public decimal? Ending { get; set; }
    }

    public sealed class RateForm
    {
        public string? Currency { get; set; }

        public decimal? Rate { get; set; }

        public DateOnly? AppliesFrom { get; set; }
    }
}
