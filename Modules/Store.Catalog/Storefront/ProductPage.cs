using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Store.Catalog.Categories;
using Store.Catalog.Media;
using Store.Catalog.Products;
using Store.Catalog.Variants;
using Store.Core.Money;
using Store.Core.Text;

namespace Store.Catalog.Storefront;

/// <summary>
/// The product page as its Liquid view reads it. SKU, price, stock and main image are those of the chosen
/// variant (<c>?variant=ID</c>, else the first in stock, else the first), so a shared link and a visit
/// without JavaScript show the same as a choice made with the pickers.
/// </summary>
public sealed record ProductPage(
    int Id,
    string Name,
    string Slug,
    string Title,
    string? MetaDescription,
    string DescriptionHtml,
    VariantView Variant,
    IReadOnlyList<VariantView> Variants,
    IReadOnlyList<OptionView> Options,
    ImageView? MainImage,
    IReadOnlyList<ImageView> Images,
    IReadOnlyList<AttributeView> Attributes,
    IReadOnlyList<Link> Breadcrumbs,
    string JsonLd,
    string VariantsJson,
    bool IsDraft,
    bool DefaultTaxCategory = true)
{
    public const int LowStock = 5;

    /// <summary>The approved reviews, when there are any (<see cref="ReviewsSection"/>).</summary>
    public ReviewsView? Reviews { get; init; }

    /// <summary>Up to four other published products of the product's first category.</summary>
    public IReadOnlyList<Search.ProductCard> Related { get; init; } = [];

    /// <summary>The currency the page's prices are in: the shopper's.</summary>
    public string Currency { get; init; } = "USD";

    public string Sku => Variant.Sku;

    public long Price => Variant.Price;

    public long? CompareAtPrice => Variant.CompareAtPrice;

    public int Stock => Variant.Stock;

    public string StockState => Variant.StockState;

    public bool InStock => Variant.InStock;

    public bool OnSale => Variant.OnSale;

    public bool HasOptions => Options.Count > 0;

    public static ProductPage From(ProductDetails product, CategoryTree tree, string currency, string origin, int? variantId = null, IReadOnlyDictionary<int, long>? priorLows = null)
    {
        var images = product.Images.Select(i => ImageOf(i.Key, string.IsNullOrEmpty(i.Alt) ? product.Name : i.Alt)).ToList();
        var firstImage = images.Count > 0 ? images[0] : null;
        var breadcrumbs = new List<Link> { new("Shop", "/products") };
        if (product.Categories.Count > 0 && product.Categories[0] is var first)
        {
            breadcrumbs.AddRange(tree.PathTo(first.Id).Select(c => new Link(c.Name, c.Url)));
        }

        var chosen = product.Variants.FirstOrDefault(v => v.Id == variantId)
            ?? product.Variants.FirstOrDefault(v => v.Stock > 0)
            ?? (product.Variants.Count > 0 ? product.Variants[0] : null)
            ?? new ProductVariantDetails(0, string.Empty, null, null, null, 0, null, 0, null, null);
        var variants = product.Variants.Select(v => ViewOf(v, product, images, currency, v.Id == chosen.Id, priorLows)).ToList();
        var variant = variants.FirstOrDefault(v => v.Selected) ?? ViewOf(chosen, product, images, currency, true, priorLows);
        // Names and values as the shopper's culture reads them; the values stay the keys the script matches on.
        var options = product.Options.Select((option, index) => new OptionView(index, option.ShownName, option.Values.Select(value =>
        {
            // The variant this value leads to when the other options keep their chosen values.
            var wanted = chosen.Options.Select((v, i) => i == index ? value : v).ToList();
            var match = product.Variants.FirstOrDefault(v => v.Options.SequenceEqual(wanted, StringComparer.Ordinal));
            return new OptionValueView(value, option.Shown(value), chosen.Options.ElementAtOrDefault(index) == value, match is null || match.Stock <= 0);
        }).ToList())).ToList();

        return new ProductPage(
            product.Id, product.Name, product.Slug, product.SeoTitle ?? product.Name,
            string.IsNullOrWhiteSpace(product.SeoDescription) ? MetaText.FromHtml(product.DescriptionHtml) : product.SeoDescription, product.DescriptionHtml,
            variant, variants, options, variant.Image ?? firstImage, images,
            product.Attributes.Select(a => new AttributeView(a.Name, a.Value)).ToList(),
            breadcrumbs,
            JsonLdOf(product, variants, images, currency, origin),
            VariantsJsonOf(variants, firstImage),
            product.Status == ProductStatus.Draft,
            // The page's "incl. 20 % VAT" is the default category's rate: another category's page says "incl. VAT".
            product.TaxCategory is null && product.Variants.All(v => v.TaxCategory is null))
        {
            Currency = currency,
        };
    }

    private static ImageView ImageOf(string key, string alt) =>
        new(MediaUrls.Of(key, MediaVariant.Thumb), MediaUrls.Of(key, MediaVariant.Detail), MediaUrls.Of(key, MediaVariant.Original), alt);

    private static VariantView ViewOf(ProductVariantDetails v, ProductDetails product, List<ImageView> images, string currency, bool selected, IReadOnlyDictionary<int, long>? priorLows)
    {
        var label = v.Options.Count == 0 ? product.Name : string.Join(" / ", product.ShownValuesOf(v));
        var image = v.ImageKey is { } key && product.Images.FirstOrDefault(i => i.Key == key) is { } picture
            ? ImageOf(key, string.IsNullOrEmpty(picture.Alt) ? $"{product.Name}, {label}" : picture.Alt)
            : null;
        return new VariantView(
            v.Id, label, v.Options, v.Sku, v.Price, Format(v.Price, currency),
            v.CompareAtPrice, v.CompareAtPrice is { } was ? Format(was, currency) : null,
            v.Stock, v.Stock <= 0 ? "out" : v.Stock <= LowStock ? "low" : "in", image, selected)
        {
            PriorLowText = priorLows is not null && priorLows.TryGetValue(v.Id, out var low) ? Format(low, currency) : null,
        };
    }

    private static string Format(long minor, string currency) => new Money(minor, currency).Format(CultureInfo.CurrentCulture);

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Default, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    // What the page's script needs to follow a choice without asking the server (escaped for a <script> element).
    private static string VariantsJsonOf(List<VariantView> variants, ImageView? productImage) => JsonSerializer.Serialize(variants.Select(v => new
    {
        v.Id,
        v.Options,
        v.Sku,
        v.PriceText,
        v.CompareAtText,
        v.OnSale,
        v.PriorLowText,
        v.Stock,
        v.StockState,
        Image = v.Image ?? productImage,
    }), JsonOptions);

    // schema.org: a product with options is a ProductGroup whose variants (hasVariant) each carry one Offer, as
    // search engines document it; a product without options stays a Product with its Offer.
    private static string JsonLdOf(ProductDetails product, List<VariantView> variants, List<ImageView> images, string currency, string origin)
    {
        var url = $"{origin}/products/{product.Slug}";
        var description = product.SeoDescription ?? (product.DescriptionMarkdown.Length > 300 ? product.DescriptionMarkdown[..300] : product.DescriptionMarkdown);
        Dictionary<string, object?> Offer(VariantView v, string offerUrl) => new()
        {
            ["@type"] = "Offer",
            ["price"] = Prices.FormatFixed(v.Price, currency),
            ["priceCurrency"] = currency,
            ["availability"] = v.InStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
            ["url"] = offerUrl,
        };

        Dictionary<string, object?> data;
        if (product.Options.Count == 0 && variants.Count > 0)
        {
            data = new()
            {
                ["@type"] = "Product",
                ["name"] = product.Name,
                ["sku"] = variants[0].Sku,
                ["description"] = description,
                ["image"] = images.Select(i => origin + i.Large).ToList(),
                ["url"] = url,
                ["offers"] = Offer(variants[0], url),
            };
        }
        else
        {
            data = new()
            {
                ["@type"] = "ProductGroup",
                ["name"] = product.Name,
                ["productGroupID"] = product.Slug,
                ["description"] = description,
                ["url"] = url,
                ["variesBy"] = product.Options.Select(o => VariesBy(o)).ToList(),
                ["hasVariant"] = variants.Select(v =>
                {
                    var variantUrl = $"{url}?variant={v.Id}";
                    var item = new Dictionary<string, object?>
                    {
                        ["@type"] = "Product",
                        ["name"] = $"{product.Name} ({v.Label})",
                        ["sku"] = v.Sku,
                        ["image"] = origin + (v.Image ?? (images.Count > 0 ? images[0] : null))?.Large,
                        ["offers"] = Offer(v, variantUrl),
                    };
                    foreach (var (option, value) in product.Options.Zip(v.Options))
                    {
                        item[VariesBy(option) switch { "https://schema.org/color" => "color", "https://schema.org/size" => "size", _ => "additionalProperty" }] =
                            VariesBy(option).StartsWith("https://", StringComparison.Ordinal)
                                ? option.Shown(value)
                                : new Dictionary<string, object?> { ["@type"] = "PropertyValue", ["name"] = option.ShownName, ["value"] = option.Shown(value) };
                    }

                    return item;
                }).ToList(),
            };
        }

        data = new Dictionary<string, object?> { ["@context"] = "https://schema.org" }.Concat(data).ToDictionary();
        return JsonSerializer.Serialize(data, JsonOptions);
    }

    // Known by the default culture's name (the merchandiser's "Colour"); any other option by its name as shown.
    private static string VariesBy(ProductOptionDetails option) => option.Name.Trim().ToLowerInvariant() switch
    {
        "colour" or "color" => "https://schema.org/color",
        "size" => "https://schema.org/size",
        _ => option.ShownName,
    };
}
