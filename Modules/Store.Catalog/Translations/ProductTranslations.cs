using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Attributes;
using Store.Catalog.Products;
using Store.Core.Data;

namespace Store.Catalog.Translations;

/// <summary>
/// A product's page and API answer in the request's culture: one indexed read of its translation row, then field
/// by field fallback to the default culture; its categories' and attributes' names come from the kept
/// <see cref="StructureTranslations"/>, its options' names and values from their rows (<see cref="OptionTranslations"/>,
/// a second read only for a product with options). Lists never come here: the product index carries translated names.
/// </summary>
internal static class ProductTranslations
{
    /// <summary>The product in the request's culture (<see cref="ContentCultures.Current"/>).</summary>
    public static Task<ProductDetails> ForRequestAsync(HttpContext http, StoreDbContext db, ProductDetails product) =>
        ApplyAsync(db, http.RequestServices.GetRequiredService<CatalogCache>(), http.RequestServices.GetRequiredService<ContentCultures>().Current, product, http.RequestAborted);

    public static async Task<ProductDetails> ApplyAsync(StoreDbContext db, CatalogCache cache, string? culture, ProductDetails product, CancellationToken cancellationToken)
    {
        if (culture is null)
        {
            return product;
        }

        var row = await db.Set<ContentTranslation>().AsNoTracking()
            .Where(t => t.Kind == ContentKind.Product && t.EntityId == product.Id && t.Culture == culture)
            .Select(t => new { t.Name, t.Description, t.DescriptionHtml, t.SeoTitle, t.SeoDescription })
            .FirstOrDefaultAsync(cancellationToken);
        var structure = await cache.StructureTranslationsAsync(db, cancellationToken);
        var options = await OptionTranslations.LoadAsync(db, culture, product.Options.Select(o => o.Id), cancellationToken);
        var translated = product with
        {
            Options = [.. product.Options.Select(options.Apply)],
            Categories = [.. product.Categories.Select(c => c with { Name = structure.CategoryName(c.Id, culture, c.Name) })],
            Attributes = [.. product.Attributes.Select(a => a with
            {
                Name = structure.AttributeName(a.AttributeId, culture, a.Name),
                Value = a.Type == AttributeType.Choice ? structure.Choice(a.AttributeId, culture, a.Value) : a.Value,
            })],
        };
        if (row is null)
        {
            return translated;
        }

        var hasDescription = !string.IsNullOrWhiteSpace(row.Description);
        return translated with
        {
            Name = Text(row.Name) ?? product.Name,
            DescriptionMarkdown = hasDescription ? row.Description! : product.DescriptionMarkdown,
            DescriptionHtml = hasDescription ? row.DescriptionHtml ?? string.Empty : product.DescriptionHtml,
            // The page title and meta description come from the name and description when no SEO text is set: a
            // translated name or description goes before the default culture's SEO text, so a page reads in one language.
            SeoTitle = Text(row.SeoTitle) ?? (Text(row.Name) is null ? product.SeoTitle : null),
            SeoDescription = Text(row.SeoDescription) ?? (hasDescription ? null : product.SeoDescription),
        };
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
