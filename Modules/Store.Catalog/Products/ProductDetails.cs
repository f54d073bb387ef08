using Microsoft.EntityFrameworkCore;
using Store.Catalog.Attributes;
using Store.Catalog.Variants;
using Store.Core.Data;

namespace Store.Catalog.Products;

/// <summary>One product with everything its page shows, read in a few set-based queries (no lazy loading).</summary>
public sealed record ProductDetails(
    int Id,
    string Name,
    string Slug,
    string DescriptionMarkdown,
    string DescriptionHtml,
    ProductStatus Status,
    string? SeoTitle,
    string? SeoDescription,
    DateTime CreatedUtc,
    DateTime UpdatedUtc,
    int Version,
    IReadOnlyList<ProductImageDetails> Images,
    IReadOnlyList<ProductCategoryDetails> Categories,
    IReadOnlyList<ProductAttributeDetails> Attributes,
    IReadOnlyList<ProductOptionDetails> Options,
    IReadOnlyList<ProductVariantDetails> Variants,
    string? TaxCategory = null,
    int? ReturnDays = null)
{
    /// <summary>The first variant's SKU (the only one of a product without options).</summary>
    public string Sku => Variants.Count > 0 ? Variants[0].Sku : string.Empty;

    /// <summary>The lowest variant price: what lists show and sort by ("from ...").</summary>
    public long Price => Variants.Count > 0 ? Variants.Min(v => v.Price) : 0;

    /// <summary>The compare-at price of the cheapest variant.</summary>
    public long? CompareAtPrice => Variants.Count > 0 ? Variants.MinBy(v => v.Price)!.CompareAtPrice : null;

    /// <summary>All variants' stock together.</summary>
    public int Stock => Variants.Sum(v => v.Stock);

    /// <summary>A variant's option values as the request's culture reads them (<see cref="ProductOptionDetails.Shown"/>).</summary>
    public IReadOnlyList<string> ShownValuesOf(ProductVariantDetails variant) =>
        [.. variant.Options.Select((value, i) => i < Options.Count ? Options[i].Shown(value) : value)];


    /// <summary>Null when there is no such product, or it is a draft and <paramref name="includeDrafts"/> is false.</summary>
    public static async Task<ProductDetails?> LoadAsync(StoreDbContext db, int? id, string? slug, bool includeDrafts, CancellationToken cancellationToken)
    {
        var products = db.Set<Product>().AsNoTracking();
        products = id is { } i ? products.Where(p => p.Id == i) : products.Where(p => p.Slug == slug);
        if (!includeDrafts)
        {
            products = products.Where(p => p.Status == ProductStatus.Published);
        }

        return await products
            .Select(p => new ProductDetails(
                p.Id, p.Name, p.Slug, p.DescriptionMarkdown, p.DescriptionHtml, p.Status,
                p.SeoTitle, p.SeoDescription, p.CreatedUtc, p.UpdatedUtc, p.Version,
                p.Images.OrderBy(m => m.SortOrder).ThenBy(m => m.Id).Select(m => new ProductImageDetails(m.MediaKey, m.Alt)).ToList(),
                p.Categories.OrderBy(c => c.Category!.SortOrder).ThenBy(c => c.Category!.Name).Select(c => new ProductCategoryDetails(c.CategoryId, c.Category!.Name, c.Category.Slug)).ToList(),
                p.AttributeValues.OrderBy(v => v.Attribute!.SortOrder).ThenBy(v => v.Attribute!.Name)
                    .Select(v => new ProductAttributeDetails(v.Attribute!.Slug, v.Attribute.Name, v.Attribute.Type, v.Value, v.AttributeId)).ToList(),
                p.Options.OrderBy(o => o.Position).Select(o => new ProductOptionDetails(o.Name, o.Values) { Id = o.Id }).ToList(),
                p.Variants.OrderBy(v => v.Position).ThenBy(v => v.Id)
                    .Select(v => new ProductVariantDetails(v.Id, v.Sku, v.Option1, v.Option2, v.Option3, v.Price, v.CompareAtPrice, v.Stock, v.Barcode, v.ImageKey, v.TaxCategory, v.WeightGrams)).ToList(),
                p.TaxCategory,
                p.ReturnDays))
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The current slug of the published product that used to answer at <paramref name="oldSlug"/>, if any.</summary>
    public static Task<string?> MovedSlugAsync(StoreDbContext db, string oldSlug, CancellationToken cancellationToken) =>
        db.Set<ProductSlugRedirect>().AsNoTracking().Where(r => r.Slug == oldSlug)
            .Join(db.Set<Product>().Where(p => p.Status == ProductStatus.Published), r => r.ProductId, p => p.Id, (r, p) => p.Slug)
            .FirstOrDefaultAsync(cancellationToken);
}
