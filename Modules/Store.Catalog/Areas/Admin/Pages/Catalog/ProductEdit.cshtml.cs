using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.Attributes;
using Store.Catalog.Categories;
using Store.Catalog.Media;
using Store.Catalog.Products;
using Store.Core.Data;
using Store.Core.Security;
using Store.Core.Sites;
using Store.Taxes.Contracts;

namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary>
/// Create and edit a product: every field's message beside it, image upload and ordering, categories,
/// attribute values, and "Save draft" or "Publish". Nothing is saved while any field (or upload) is wrong.
/// </summary>
[RequirePermission("Catalog.ManageProducts")]
public sealed partial class ProductEditModel(StoreDbContext db, ProductEditor editor, ImageProcessor images, SiteState site, ITaxSetup taxes, IStringLocalizer<ProductEditModel> localizer) : PageModel
{
    [BindProperty]
    public ProductForm Form { get; set; } = new();

    public int? Id { get; private set; }

    public bool IsPublished { get; private set; }

    public string? CurrentSlug { get; private set; }

    public string Currency { get; private set; } = "USD";

    public IReadOnlyList<(CategoryNode Node, int Depth)> CategoryOptions { get; private set; } = [];

    public IReadOnlyList<AttributeDefinition> AttributeDefinitions { get; private set; } = [];

    public IReadOnlyList<TaxCategoryInfo> TaxCategories { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [TempData]
    public string? Message { get; set; }

    public string? ErrorFor(string field) => Errors.GetValueOrDefault(field);

    /// <summary>What the editor did instead of saving: rows added to the grid, variants waiting for the removal to be confirmed.</summary>
    public List<string> Notices { get; } = [];

    /// <summary>Grid rows whose combination is gone; deleted on save once <see cref="ProductForm.ConfirmRemoval"/> is ticked.</summary>
    public List<VariantRow> Removed { get; private set; } = [];

    public bool HasOptions => Form.Options.Any(o => !string.IsNullOrWhiteSpace(o.Name));

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        var id = IdOf(key);
        await LoadOptionsAsync(cancellationToken);
        if (id is null)
        {
            Form.Stock = "0";
            PadOptions();
            return Page();
        }

        var product = await ProductDetails.LoadAsync(db, id, null, includeDrafts: true, cancellationToken);
        if (product is null)
        {
            return NotFound();
        }

        Id = product.Id;
        IsPublished = product.Status == ProductStatus.Published;
        CurrentSlug = product.Slug;
        Form = new ProductForm
        {
            Version = product.Version,
            Name = product.Name,
            Slug = product.Slug,
            Sku = product.Sku,
            Price = Prices.FormatFixed(product.Price, Currency),
            CompareAtPrice = Prices.FormatFixed(product.CompareAtPrice, Currency),
            Stock = product.Stock.ToString(System.Globalization.CultureInfo.InvariantCulture),
            StockShown = product.Stock.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Description = product.DescriptionMarkdown,
            TaxCategory = product.TaxCategory,
            ReturnDays = product.ReturnDays?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            WeightGrams = product.Variants.Count > 0 ? product.Variants[0].WeightGrams.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            SeoTitle = product.SeoTitle,
            SeoDescription = product.SeoDescription,
            Categories = product.Categories.Select(c => c.Slug).ToList(),
            Attributes = product.Attributes.ToDictionary(a => a.Slug, a => (string?)a.Value),
            Images = product.Images.Select((i, index) => new ImageRow { Key = i.Key, Alt = i.Alt, Position = index + 1 }).ToList(),
            Options = product.Options.Select(o => new OptionRow { Name = o.Name, Values = string.Join(", ", o.Values) }).ToList(),
            Variants = product.Options.Count == 0 ? [] : product.Variants.Select(v => new VariantRow
            {
                Id = v.Id,
                Values = [.. v.Options],
                Sku = v.Sku,
                Price = Prices.FormatFixed(v.Price, Currency),
                CompareAtPrice = Prices.FormatFixed(v.CompareAtPrice, Currency),
                Stock = v.Stock.ToString(System.Globalization.CultureInfo.InvariantCulture),
                StockShown = v.Stock.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Barcode = v.Barcode,
                ImageKey = v.ImageKey,
                WeightGrams = v.WeightGrams.ToString(System.Globalization.CultureInfo.InvariantCulture),
                TaxCategory = v.TaxCategory,
            }).ToList(),
        };
        if (product.Options.Count > 0)
        {
            // With a grid, the price field is the default of variants left without a price.
            Form.Price = Prices.FormatFixed(product.Price, Currency);
            (Form.Sku, Form.CompareAtPrice, Form.Stock, Form.StockShown) = (null, null, null, null);
        }

        PadOptions();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, string? submit, CancellationToken cancellationToken)
    {
        var id = IdOf(key);
        await LoadOptionsAsync(cancellationToken);
        Id = id;
        if (id is not null)
        {
            var current = await db.Set<Product>().AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Slug, p.Status }).FirstOrDefaultAsync(cancellationToken);
            if (current is null)
            {
                return NotFound();
            }

            CurrentSlug = current.Slug;
            IsPublished = current.Status == ProductStatus.Published;
        }

        // Uploads are stored first; a refused file is reported, the accepted ones stay in the form.
        foreach (var upload in Form.Uploads)
        {
            await using var stream = upload.OpenReadStream();
            var result = await images.StoreAsync(stream, cancellationToken);
            if (result.Key is null)
            {
                Errors["Uploads"] = $"{upload.FileName}: {result.Error}";
            }
            else
            {
                Form.Images.Add(new ImageRow { Key = result.Key, Alt = Form.Name, Position = int.MaxValue });
            }
        }

        Form.Uploads = [];
        Form.Images = Form.Images.Where(i => !i.Remove).OrderBy(i => i.Position).Select((i, index) => { i.Position = index + 1; return i; }).ToList();
        if (!ArrangeVariants(submit))
        {
            PadOptions();
            return Page();
        }

        var input = ToInput(publish: submit == "publish" || (submit != "draft" && IsPublished));
        PadOptions();
        if (Errors.Count > 0)
        {
            return Invalid();
        }

        var (product, errors) = await editor.SaveAsync(id, input, cancellationToken);
        if (product is null)
        {
            foreach (var (field, message) in errors)
            {
                Errors[field] = message;
            }

            if (id is not null && Errors.ContainsKey(EditConflict.Key))
            {
                // Their input stays as posted; saving again from here means "mine over theirs", knowingly.
                Form.Version = await db.Set<Product>().Where(p => p.Id == id).Select(p => (int?)p.Version).FirstOrDefaultAsync(cancellationToken);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            return Invalid();
        }

        Message = input.Published ? localizer["Saved and published."] : localizer["Saved as a draft."];
        return Redirect($"/admin/catalog/products/{product.Id}");
    }

    private ProductInput ToInput(bool publish)
    {
        long? Price(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (Prices.TryParse(text, Currency, out var minor))
            {
                return minor;
            }

            Errors[field] = localizer["Enter an amount such as 25 or 25.50."];
            return null;
        }

        int? stock = null;
        if (int.TryParse(Form.Stock, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var s))
        {
            stock = s;
        }
        else if (!string.IsNullOrWhiteSpace(Form.Stock))
        {
            Errors[nameof(ProductInput.Stock)] = localizer["Enter a whole number."];
        }

        var (returnDays, returnDaysError) = ReturnDaysField.Parse(Form.ReturnDays, localizer);
        if (returnDaysError is not null)
        {
            Errors[nameof(ProductInput.ReturnDays)] = returnDaysError;
        }

        return new ProductInput
        {
            Version = Form.Version,
            Name = Form.Name,
            Slug = Form.Slug,
            Sku = Form.Sku,
            Description = Form.Description,
            Price = Price(Form.Price, nameof(ProductInput.Price)),
            CompareAtPrice = Price(Form.CompareAtPrice, nameof(ProductInput.CompareAtPrice)),
            Stock = stock,
            StockShown = int.TryParse(Form.StockShown, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var shown) ? shown : null,
            Published = publish,
            TaxCategory = Form.TaxCategory,
            ReturnDays = returnDays,
            WeightGrams = string.IsNullOrWhiteSpace(Form.WeightGrams) ? null : Whole(Form.WeightGrams, nameof(ProductInput.WeightGrams)),
            SeoTitle = Form.SeoTitle,
            SeoDescription = Form.SeoDescription,
            Categories = Form.Categories,
            Attributes = Form.Attributes,
            Images = Form.Images.Select(i => new ImageInput(i.Key, i.Alt)).ToList(),
            Options = Form.Options.Where(o => !string.IsNullOrWhiteSpace(o.Name)).Select(o => new Variants.OptionInput(o.Name, o.ValueList)).ToList(),
            Variants = Form.Variants.Count == 0 ? null : Form.Variants.Select((row, i) => new Variants.VariantInput
            {
                Id = row.Id,
                Options = row.Values,
                Sku = row.Sku,
                Price = Price(row.Price, $"Variants[{i}].Price"),
                CompareAtPrice = Price(row.CompareAtPrice, $"Variants[{i}].CompareAtPrice"),
                Stock = Whole(row.Stock, $"Variants[{i}].Stock"),
                StockShown = int.TryParse(row.StockShown, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var rowShown) ? rowShown : null,
                Barcode = row.Barcode,
                ImageKey = row.ImageKey,
                WeightGrams = string.IsNullOrWhiteSpace(row.WeightGrams) ? null : Whole(row.WeightGrams, $"Variants[{i}].WeightGrams"),
                TaxCategory = row.TaxCategory,
            }).ToList(),
        };

        int? Whole(string? text, string field)
        {
            if (int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            Errors[field] = localizer["Enter a whole number."];
            return null;
        }
    }

    // Three option rows always, so a new option can be typed without a script.
    private void PadOptions()
    {
        while (Form.Options.Count < Variants.ProductOption.MaxPerProduct)
        {
            Form.Options.Add(new OptionRow());
        }
    }

    // The route takes "new" or a product id.
    private static int? IdOf(string key) => int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadOptionsAsync(CancellationToken cancellationToken)
    {
        Currency = await site.CurrencyAsync(cancellationToken);
        CategoryOptions = (await CategoryTree.LoadAsync(db, cancellationToken)).Flatten();
        TaxCategories = (await taxes.GetAsync(cancellationToken)).Categories;
        AttributeDefinitions = await db.Set<AttributeDefinition>().AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).ToListAsync(cancellationToken);
    }
}
