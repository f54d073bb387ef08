using System.Text.Encodings.Web;
using System.Text.Json;
using Store.Catalog.Categories;
using Store.Catalog.Media;
using Store.Catalog.Products;

namespace Store.Catalog.Storefront;

/// <summary>The product page as its Liquid view reads it.</summary>
public sealed record ProductPage(
    int Id,
    string Name,
    string Slug,
    string Sku,
    string Title,
    string? MetaDescription,
    string DescriptionHtml,
    long Price,
    long? CompareAtPrice,
    int Stock,
    string StockState,
    IReadOnlyList<ImageView> Images,
    IReadOnlyList<AttributeView> Attributes,
    IReadOnlyList<Link> Breadcrumbs,
    string JsonLd,
    bool IsDraft)
{
    public const int LowStock = 5;

    public bool InStock => Stock > 0;

    public bool OnSale => CompareAtPrice is { } was && was > Price;

    public static ProductPage From(ProductDetails product, CategoryTree tree, string currency, string origin)
    {
        var images = product.Images
            .Select(i => new ImageView(MediaUrls.Of(i.Key, MediaVariant.Thumb), MediaUrls.Of(i.Key, MediaVariant.Detail), MediaUrls.Of(i.Key, MediaVariant.Original), string.IsNullOrEmpty(i.Alt) ? product.Name : i.Alt))
            .ToList();
        var breadcrumbs = new List<Link> { new("Shop", "/products") };
        if (product.Categories.Count > 0 && product.Categories[0] is var first)
        {
            breadcrumbs.AddRange(tree.PathTo(first.Id).Select(c => new Link(c.Name, c.Url)));
        }

        var state = product.Stock <= 0 ? "out" : product.Stock <= LowStock ? "low" : "in";
        return new ProductPage(
            product.Id, product.Name, product.Slug, product.Sku, product.SeoTitle ?? product.Name,
            product.SeoDescription, product.DescriptionHtml, product.Price, product.CompareAtPrice, product.Stock, state,
            images,
            product.Attributes.Select(a => new AttributeView(a.Name, a.Value)).ToList(),
            breadcrumbs,
            JsonLdOf(product, images, currency, origin, state),
            product.Status == ProductStatus.Draft);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Default };

    // schema.org Product: the default encoder escapes <, > and &, so the JSON is safe inside a <script> element.
    private static string JsonLdOf(ProductDetails product, List<ImageView> images, string currency, string origin, string state)
    {
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Product",
            ["name"] = product.Name,
            ["sku"] = product.Sku,
            ["description"] = product.SeoDescription ?? (product.DescriptionMarkdown.Length > 300 ? product.DescriptionMarkdown[..300] : product.DescriptionMarkdown),
            ["image"] = images.Select(i => origin + i.Large).ToList(),
            ["url"] = $"{origin}/products/{product.Slug}",
            ["offers"] = new Dictionary<string, object?>
            {
                ["@type"] = "Offer",
                ["price"] = Prices.FormatFixed(product.Price, currency),
                ["priceCurrency"] = currency,
                ["availability"] = state == "out" ? "https://schema.org/OutOfStock" : "https://schema.org/InStock",
                ["url"] = $"{origin}/products/{product.Slug}",
            },
        };
        return JsonSerializer.Serialize(data, JsonOptions);
    }
}
