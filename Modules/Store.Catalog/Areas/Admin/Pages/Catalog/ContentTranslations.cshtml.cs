using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.Attributes;
using Store.Catalog.Categories;
using Store.Catalog.Products;
using Store.Catalog.Translations;
using Store.Catalog.Variants;
using Store.Core.Data;

namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary>
/// <c>/admin/catalog/translations/{products|categories|attributes|options}/{id}</c>: a product's, category's,
/// attribute's or product option's text in each culture other than the default, one form per culture, with the
/// default text beside each field. A product's page links to its options' pages (an option is its own row).
/// Translators may open it (and nothing else of the catalog); merchandisers and administrators too.
/// </summary>
[Authorize(Policy = CatalogPermissions.TranslateContentPolicy)]
public sealed class ContentTranslationsModel(StoreDbContext db, ContentTranslationEditor editor, ContentCultures cultures, IStringLocalizer<ContentTranslationsModel> localizer) : PageModel
{
    [BindProperty]
    public TranslationForm Form { get; set; } = new();

    public ContentKind Kind { get; private set; }

    public string KindName { get; private set; } = string.Empty;

    public string DefaultCulture => cultures.Default;

    /// <summary>The default culture's text: name, description, SEO title and description.</summary>
    public ContentTranslation Original { get; private set; } = new();

    public IReadOnlyList<string> Choices { get; private set; } = [];

    /// <summary>A product's options (id and default name), each translated on its own page.</summary>
    public IReadOnlyList<(int Id, string Name)> Options { get; private set; } = [];

    /// <summary>An option's product, which its page goes back to.</summary>
    public int ProductId { get; private set; }

    public List<TranslationForm> Forms { get; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [TempData]
    public string? Message { get; set; }

    public string BackUrl => Kind switch
    {
        ContentKind.Product => $"/admin/catalog/products/{Original.EntityId}",
        ContentKind.Category => "/admin/catalog/categories",
        ContentKind.Option => $"/admin/catalog/translations/products/{ProductId}",
        _ => "/admin/catalog/attributes",
    };

    public async Task<IActionResult> OnGetAsync(string kind, int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, id, cancellationToken))
        {
            return NotFound();
        }

        var rows = await db.Set<ContentTranslation>().AsNoTracking().Where(t => t.Kind == Kind && t.EntityId == id).ToListAsync(cancellationToken);
        Forms.AddRange(cultures.Others.Select(culture => FormOf(culture, rows.FirstOrDefault(r => r.Culture == culture))));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, id, cancellationToken))
        {
            return NotFound();
        }

        var choices = Form.ChoiceValues.Zip(Form.ChoiceTexts, (value, text) => (value, text))
            .Where(c => !string.IsNullOrWhiteSpace(c.text))
            .GroupBy(c => c.value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().text!, StringComparer.Ordinal);
        var input = new ContentTranslationInput(Form.Name, Form.Description, Form.SeoTitle, Form.SeoDescription, choices, Form.Version);
        var saved = await editor.SaveAsync(Kind, id, Form.Culture, input, cancellationToken);
        if (saved.NotFound)
        {
            return NotFound();
        }

        if (saved.IsSaved)
        {
            Message = localizer["The {0} translation of {1} was saved.", Form.Culture, Original.Name ?? string.Empty];
            return Redirect($"/admin/catalog/translations/{kind}/{id}#culture-{Form.Culture}");
        }

        foreach (var (key, message) in saved.Errors)
        {
            Errors[key] = message;
        }

        // The other cultures' forms as saved; the posted one as typed, with its messages.
        var rows = await db.Set<ContentTranslation>().AsNoTracking().Where(t => t.Kind == Kind && t.EntityId == id).ToListAsync(cancellationToken);
        Forms.AddRange(cultures.Others.Select(culture => culture == Form.Culture ? Form : FormOf(culture, rows.FirstOrDefault(r => r.Culture == culture))));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public string? ErrorFor(string culture, string field) => culture == Form.Culture ? Errors.GetValueOrDefault(field) : null;

    private TranslationForm FormOf(string culture, ContentTranslation? row) => new()
    {
        Culture = culture,
        Name = row?.Name,
        Description = row?.Description,
        SeoTitle = row?.SeoTitle,
        SeoDescription = row?.SeoDescription,
        ChoiceValues = [.. Choices],
        ChoiceTexts = [.. Choices.Select(c => row?.Choices.GetValueOrDefault(c))],
        Version = row?.Version ?? 0,
    };

    private async Task<bool> LoadAsync(string kind, int id, CancellationToken cancellationToken)
    {
        ContentTranslation? original = null;
        switch (kind)
        {
            case "products":
                (Kind, KindName) = (ContentKind.Product, "product");
                original = await db.Set<Product>().AsNoTracking().Where(p => p.Id == id)
                    .Select(p => new ContentTranslation { EntityId = p.Id, Name = p.Name, Description = p.DescriptionMarkdown, SeoTitle = p.SeoTitle, SeoDescription = p.SeoDescription })
                    .FirstOrDefaultAsync(cancellationToken);
                Options = [.. (await db.Set<ProductOption>().AsNoTracking().Where(o => o.ProductId == id).OrderBy(o => o.Position)
                    .Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken)).Select(o => (o.Id, o.Name))];
                break;
            case "categories":
                (Kind, KindName) = (ContentKind.Category, "category");
                original = await db.Set<Category>().AsNoTracking().Where(c => c.Id == id)
                    .Select(c => new ContentTranslation { EntityId = c.Id, Name = c.Name, Description = c.Description })
                    .FirstOrDefaultAsync(cancellationToken);
                break;
            case "attributes":
                (Kind, KindName) = (ContentKind.Attribute, "attribute");
                var attribute = await db.Set<AttributeDefinition>().AsNoTracking().Where(a => a.Id == id)
                    .Select(a => new { a.Id, a.Name, a.Choices })
                    .FirstOrDefaultAsync(cancellationToken);
                if (attribute is not null)
                {
                    original = new ContentTranslation { EntityId = attribute.Id, Name = attribute.Name };
                    Choices = attribute.Choices;
                }

                break;
            case "options":
                (Kind, KindName) = (ContentKind.Option, "option");
                var option = await db.Set<ProductOption>().AsNoTracking().Where(o => o.Id == id)
                    .Select(o => new { o.Id, o.Name, o.Values, o.ProductId })
                    .FirstOrDefaultAsync(cancellationToken);
                if (option is not null)
                {
                    original = new ContentTranslation { EntityId = option.Id, Name = option.Name };
                    Choices = option.Values;
                    ProductId = option.ProductId;
                }

                break;
        }

        Original = original ?? new ContentTranslation();
        return original is not null;
    }
}
