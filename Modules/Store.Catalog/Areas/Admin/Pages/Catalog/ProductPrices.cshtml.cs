using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.PriceLists;
using Store.Catalog.Products;
using Store.Core.Data;
using Store.Core.Security;
using Store.Currencies.Contracts;

namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary>
/// <c>/admin/catalog/products/{id}/prices</c>: per variant, a price (and compare-at) fixed in each selling currency;
/// an empty field leaves the price converted from the base price. Every field is checked before anything is saved.
/// </summary>
[RequirePermission("Catalog.ManageProducts")]
public sealed class ProductPricesModel(StoreDbContext db, PriceListEditor editor, ICurrencies currencies, IStringLocalizer<ProductPricesModel> localizer) : PageModel
{
    [BindProperty]
    public List<PriceListRow> Rows { get; set; } = [];

    public string ProductName { get; private set; } = string.Empty;

    public CurrencySetup Setup { get; private set; } = new("USD", []);

    public IReadOnlyList<VariantPricesResponse> Variants { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [TempData]
    public string? Message { get; set; }

    public string? ErrorFor(int row, int cell, string field) => Errors.GetValueOrDefault($"Rows[{row}].Cells[{cell}].{field}");

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Rows = Variants.Select(v => new PriceListRow
        {
            VariantId = v.VariantId,
            Cells = Setup.Selling.Select(c => v.Prices.FirstOrDefault(p => p.Currency == c.Code) is { } p
                ? new PriceListCell { Currency = c.Code, Price = Prices.FormatFixed(p.Price, c.Code), CompareAtPrice = Prices.FormatFixed(p.CompareAtPrice, c.Code) }
                : new PriceListCell { Currency = c.Code }).ToList(),
        }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var input = Rows.Select((row, r) => new VariantPricesInput(row.VariantId, row.Cells
            .Select((cell, c) => Parse(cell, r, c))
            .OfType<PriceInput>().ToList())).ToList();
        if (Errors.Count == 0)
        {
            var saved = await editor.SaveAsync(id, input, cancellationToken);
            if (saved.IsSaved)
            {
                Message = localizer["Prices of {0} saved.", ProductName];
                return RedirectToPage(new { id });
            }

            foreach (var (key, message) in saved.Errors)
            {
                Errors[FormKey(key, input)] = message;
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var name = await db.Set<Product>().Where(p => p.Id == id).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null || await editor.ReadAsync(id, cancellationToken) is not { } variants)
        {
            return false;
        }

        (ProductName, Variants, Setup) = (name, variants, await currencies.GetAsync(cancellationToken));
        return true;
    }

    // Typed in major units: an amount with more decimals than the currency has is refused here, beside the field.
    private PriceInput? Parse(PriceListCell cell, int row, int column)
    {
        var key = $"Rows[{row}].Cells[{column}].";
        var price = Amount(cell.Price, cell.Currency, key + "Price");
        var was = Amount(cell.CompareAtPrice, cell.Currency, key + "CompareAtPrice");
        if (price is null && was is not null && !Errors.ContainsKey(key + "Price"))
        {
            Errors[key + "Price"] = localizer["Enter the price too, or clear the compare-at price."];
        }

        return price is null ? null : new PriceInput(cell.Currency, price, was);
    }

    private long? Amount(string? text, string currency, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Prices.TryParse(text, currency, out var minor) && minor > 0)
        {
            return minor;
        }

        var decimals = Store.Core.Money.Money.DecimalsOf(currency);
        Errors[key] = decimals == 0
            ? localizer["Enter a whole amount above zero: {0} has no decimals.", currency]
            : localizer["Enter an amount above zero with at most {0} decimals, like {1}.", decimals, Prices.FormatFixed(1250 * (long)Math.Pow(10, decimals - 2), currency)!];
        return null;
    }

    // The editor names fields as the API does (variants[0].prices[1].price): back to this form's row and column.
    private string FormKey(string key, List<VariantPricesInput> input)
    {
        var match = System.Text.RegularExpressions.Regex.Match(key, @"^variants\[(\d+)\]\.prices\[(\d+)\]\.(\w+)$");
        if (!match.Success)
        {
            return string.Empty;
        }

        var row = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var currency = input[row].Prices![int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)].Currency;
        var column = Rows[row].Cells.FindIndex(c => c.Currency == currency);
        var field = match.Groups[3].Value == "compareAtPrice" ? "CompareAtPrice" : "Price";
        return $"Rows[{row}].Cells[{column}].{field}";
    }
}
