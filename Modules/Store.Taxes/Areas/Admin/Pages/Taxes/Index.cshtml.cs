using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Core.Data;
using Store.Core.Security;
using Store.Taxes.Categories;
using Store.Taxes.Rates;
using Store.Taxes.Settings;

namespace Store.Taxes.Areas.Admin.Pages.Taxes;

/// <summary>
/// <c>/admin/taxes</c>: the settings, the categories and the rate table on one page; <c>?rate=</c> or
/// <c>?category=</c> opens a row in its form. Every form posts through <see cref="TaxEditor"/>.
/// </summary>
[RequirePermission(TaxesPermissions.ManageTaxesName)]
public sealed class IndexModel(StoreDbContext db, TaxEditor editor, IStringLocalizer<IndexModel> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "rate")]
    public int? EditRate { get; set; }

    [BindProperty(SupportsGet = true, Name = "category")]
    public int? EditCategory { get; set; }

    [BindProperty]
    public RateForm Rate { get; set; } = new();

    [BindProperty]
    public CategoryForm Category { get; set; } = new();

    [BindProperty]
    public SettingsForm Settings { get; set; } = new();

    public IReadOnlyList<CategoryRow> Categories { get; private set; } = [];

    public IReadOnlyList<RateRow> Rates { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(fillForms: true, cancellationToken);
        if ((EditRate is not null && Rates.All(r => r.Id != EditRate)) || (EditCategory is not null && Categories.All(c => c.Id != EditCategory)))
        {
            return NotFound();
        }

        return Page();
    }

    public Task<IActionResult> OnPostSaveSettingsAsync(CancellationToken cancellationToken) =>
        AnswerAsync(editor.SaveSettingsAsync(new TaxSettingsInput(Settings.PricesIncludeTax, Settings.ShopCountry, Settings.ShippingCategory), cancellationToken),
            "Settings.", _ => localizer["Tax settings saved."], cancellationToken);

    public Task<IActionResult> OnPostSaveCategoryAsync(CancellationToken cancellationToken) =>
        AnswerAsync(editor.SaveCategoryAsync(EditCategory, new TaxCategoryInput(Category.Code, Category.Name, Category.IsDefault), cancellationToken),
            "Category.", c => localizer["Saved the category “{0}”.", c.Name], cancellationToken);

    public Task<IActionResult> OnPostSaveRateAsync(CancellationToken cancellationToken) =>
        AnswerAsync(editor.SaveRateAsync(EditRate, new TaxRateInput(Rate.Category, Rate.Country, Rate.Region, Rate.PostalPrefix, Rate.Rate, Rate.Name), cancellationToken),
            "Rate.", r => localizer["Saved the rate {0} % for {1}.", r.Rate.ToString("0.####", CultureInfo.CurrentCulture), r.Country], cancellationToken);

    public async Task<IActionResult> OnPostDeleteCategoryAsync(int id, CancellationToken cancellationToken)
    {
        var result = await editor.DeleteCategoryAsync(id, cancellationToken);
        Message = result.IsSaved ? localizer["Category deleted, with its rates."] : result.NotFound ? localizer["That category was already deleted."] : localizer["Not deleted: {0}", result.Errors.Values.First()];
        return RedirectToPage(new { rate = (int?)null, category = (int?)null });
    }

    public async Task<IActionResult> OnPostDeleteRateAsync(int id, CancellationToken cancellationToken)
    {
        Message = await editor.DeleteRateAsync(id, cancellationToken) ? localizer["Rate deleted."] : localizer["That rate was already deleted."];
        return RedirectToPage(new { rate = (int?)null, category = (int?)null });
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
            return RedirectToPage(new { rate = (int?)null, category = (int?)null });
        }

        foreach (var (field, message) in result.Errors)
        {
            Errors[prefix + field] = message;
        }

        await LoadAsync(fillForms: false, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(bool fillForms, CancellationToken cancellationToken)
    {
        Categories = await db.Set<TaxCategory>().AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new CategoryRow(c.Id, c.Code, c.Name, c.IsDefault)).ToListAsync(cancellationToken);
        Rates = await db.Set<TaxRate>().AsNoTracking()
            .Join(db.Set<TaxCategory>(), r => r.CategoryId, c => c.Id, (r, c) => new RateRow(r.Id, c.Code, r.Country, r.Region, r.PostalPrefix, r.Rate, r.Name))
            .ToListAsync(cancellationToken);
        Rates = Rates.OrderBy(r => r.Country).ThenBy(r => r.Category).ThenBy(r => r.Region).ThenBy(r => r.PostalPrefix).ToList();
        if (!fillForms)
        {
            return;
        }

        var settings = await db.Set<TaxSettings>().AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new TaxSettings();
        Settings = new SettingsForm { PricesIncludeTax = settings.PricesIncludeTax, ShopCountry = settings.ShopCountry, ShippingCategory = settings.ShippingCategory };
        if (Rates.FirstOrDefault(r => r.Id == EditRate) is { } rate)
        {
            Rate = new RateForm { Category = rate.Category, Country = rate.Country, Region = rate.Region, PostalPrefix = rate.PostalPrefix, Rate = rate.Rate, Name = rate.Name };
        }

        if (Categories.FirstOrDefault(c => c.Id == EditCategory) is { } category)
        {
            Category = new CategoryForm { Code = category.Code, Name = category.Name, IsDefault = category.IsDefault };
        }
    }

    public sealed record CategoryRow(int Id, string Code, string Name, bool IsDefault);

    public sealed record RateRow(int Id, string Category, string Country, string? Region, string? PostalPrefix, decimal Rate, string Name);

    public sealed class SettingsForm
    {
        public bool PricesIncludeTax { get; set; }

        public string? ShopCountry { get; set; }

        public string? ShippingCategory { get; set; }
    }

    public sealed class CategoryForm
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public bool IsDefault { get; set; }
    }

    public sealed class RateForm
    {
        public string? Category { get; set; }

        public string? Country { get; set; }

        public string? Region { get; set; }

        public string? PostalPrefix { get; set; }

        public decimal? Rate { get; set; }

        public string? Name { get; set; }
    }
}
