using System.Net;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Store.Core.Liquid;
using Store.Core.Sites;

namespace Store.Core.Email;

/// <summary>
/// Renders <c>Views/Email/{name}.liquid</c> inside <c>Email/Layout</c>. The template sets the subject with
/// <c>{% assign subject = "..." %}</c>; like pages, the theme overrides a module's email by file name.
/// </summary>
public sealed partial class EmailRenderer(LiquidRenderer renderer, SiteState site)
{
    public const string Layout = "Email/Layout";

    public async Task<RenderedEmail> RenderAsync(string template, object model, CancellationToken cancellationToken = default)
    {
        var shop = await site.GetAsync(cancellationToken);
        var context = renderer.CreateContext(model, new Dictionary<string, object?> { ["site"] = new SiteView(shop?.Name ?? "Store", shop?.Currency ?? "USD", string.Empty) });

        // One context for body and layout, so the layout sees the subject the body assigned.
        var body = await renderer.GetTemplate("Email/" + template).RenderAsync(context, LiquidRenderer.Encoder, isolateContext: false);
        var subject = context.GetValue("subject").ToStringValue().Trim();
        if (subject.Length == 0)
        {
            throw new InvalidOperationException($"The email template 'Email/{template}' does not assign a subject.");
        }

        context.SetValue("content", new StringValue(body, encode: false));
        var html = await renderer.GetTemplate(Layout).RenderAsync(context, LiquidRenderer.Encoder, isolateContext: false);
        return new RenderedEmail(subject, html, ToText(body));
    }

    // A plain-text part for mail clients that do not show HTML: links keep their address.
    private static string ToText(string html)
    {
        var text = LinkPattern().Replace(html, m => $"{m.Groups[2].Value} ({WebUtility.HtmlDecode(m.Groups[1].Value)})");
        text = BreakPattern().Replace(text, "\n");
        text = TagPattern().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        var lines = text.Split('\n').Select(l => l.Trim());
        return BlankLinesPattern().Replace(string.Join('\n', lines), "\n\n").Trim() + "\n";
    }

    [GeneratedRegex("<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<br\\s*/?>|</p>|</h\\d>|</li>|</tr>", RegexOptions.IgnoreCase)]
    private static partial Regex BreakPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("\\n{3,}")]
    private static partial Regex BlankLinesPattern();
}
