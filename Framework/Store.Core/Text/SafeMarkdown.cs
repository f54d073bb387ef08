using Ganss.Xss;
using Markdig;

namespace Store.Core.Text;

/// <summary>
/// Markdown written by staff (product descriptions, content pages) to HTML, then sanitized: CommonMark lets raw
/// HTML through, so scripts, event handlers, styles, forms and javascript: links are removed here, once, when
/// the text is saved, and pages output the stored HTML as it is.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? string.Empty : Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
        foreach (var tag in new[] { "form", "input", "button", "textarea", "select", "option" })
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        // A picture written without alternative text is announced by its file name: mark it decorative instead.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "img" } image && !image.HasAttribute("alt"))
            {
                image.SetAttribute("alt", string.Empty);
            }
        };
        return sanitizer;
    }
}
