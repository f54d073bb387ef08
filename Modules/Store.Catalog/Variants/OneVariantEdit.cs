using Store.Catalog.Products;

namespace Store.Catalog.Variants;

/// <summary>
/// One variant changed through the product editor, so every rule (unique SKU, prices, images) holds alike: the
/// product as it is, with that variant replaced. The other variants are sent with their stock as shown, so the
/// editor keeps whatever orders take from them meanwhile.
/// </summary>
internal static class OneVariantEdit
{
    public static ProductInput InputFor(ProductDetails product, int variantId, VariantRequest change) => new()
    {
        Name = product.Name,
        Slug = product.Slug,
        Description = product.DescriptionMarkdown,
        Published = product.Status == ProductStatus.Published,
        SeoTitle = product.SeoTitle,
        SeoDescription = product.SeoDescription,
        Categories = product.Categories.Select(c => c.Slug).ToList(),
        Attributes = product.Attributes.ToDictionary(a => a.Slug, a => (string?)a.Value),
        Images = product.Images.Select(i => new ImageInput(i.Key, i.Alt)).ToList(),
        TaxCategory = product.TaxCategory,
        Options = product.Options.Select(o => new OptionInput(o.Name, o.Values)).ToList(),
        Variants = product.Variants.Select(v => v.Id != variantId ? Unchanged(v) : Unchanged(v) with
        {
            Sku = change.Sku ?? v.Sku,
            Price = change.Price ?? v.Price,
            CompareAtPrice = change.ClearCompareAtPrice ? null : change.CompareAtPrice ?? v.CompareAtPrice,
            Stock = change.Stock ?? v.Stock,
            StockShown = change.Stock is null ? v.Stock : null,
            Barcode = change.Barcode ?? v.Barcode,
            ImageKey = change.ImageKey ?? v.ImageKey,
            WeightGrams = change.WeightGrams ?? v.WeightGrams,
            TaxCategory = change.TaxCategory ?? v.TaxCategory,
        }).ToList(),
    };

    public static VariantInput Unchanged(ProductVariantDetails v) => new()
    {
        Id = v.Id,
        Options = v.Options,
        Sku = v.Sku,
        Price = v.Price,
        CompareAtPrice = v.CompareAtPrice,
        Stock = v.Stock,
        StockShown = v.Stock,
        Barcode = v.Barcode,
        ImageKey = v.ImageKey,
        TaxCategory = v.TaxCategory,
        WeightGrams = v.WeightGrams,
    };
}
