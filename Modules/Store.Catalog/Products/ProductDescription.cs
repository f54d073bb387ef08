using Store.Core.Text;

namespace Store.Catalog.Products;

/// <summary>A product's description is staff Markdown, rendered and sanitized when it is saved (<see cref="SafeMarkdown"/>).</summary>
public static class ProductDescription
{
    public static string ToHtml(string? markdown) => SafeMarkdown.ToHtml(markdown);
}
