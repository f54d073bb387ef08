using Store.Catalog.Attributes;
using Store.Catalog.Variants;

namespace Store.Catalog.Products;

public sealed class Product
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 20_000;
    public const int SeoTitleMaxLength = 200;
    public const int SeoDescriptionMaxLength = 400;

    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The name lowercased with diacritics stripped (see <see cref="Search.SearchText"/>), so search and name sorting behave alike on every provider.</summary>
    public string SearchName { get; set; } = string.Empty;

    public string Slug { get; set; } = string.Empty;

    public string DescriptionMarkdown { get; set; } = string.Empty;

    /// <summary>Rendered and sanitized when the description is saved, so pages never render Markdown.</summary>
    public string DescriptionHtml { get; set; } = string.Empty;

    public ProductStatus Status { get; set; }

    public string? SeoTitle { get; set; }

    public string? SeoDescription { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Goes up by one on every change; editors and API writes send the one they read (see <see cref="EditConflict"/>).</summary>
    public int Version { get; set; }

    /// <summary>The tax category's code (Taxes module); null: the shop's default category. A variant may override it.</summary>
    public string? TaxCategory { get; set; }

    /// <summary>Days after delivery a customer may return it: null follows its categories (then the shop's default), 0 = not returnable.</summary>
    public int? ReturnDays { get; set; }

    public List<ProductImage> Images { get; set; } = [];

    public List<ProductCategory> Categories { get; set; } = [];

    public List<ProductAttributeValue> AttributeValues { get; set; } = [];

    /// <summary>Up to three, in <see cref="ProductOption.Position"/> order once loaded sorted.</summary>
    public List<ProductOption> Options { get; set; } = [];

    /// <summary>At least one: every product is sold through a variant (price, stock and SKU live there).</summary>
    public List<ProductVariant> Variants { get; set; } = [];
}
