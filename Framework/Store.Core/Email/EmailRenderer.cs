using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Microsoft.AspNetCore.Http;
using Store.Core.Liquid;
using Store.Core.Localization;
using Store.Core.Sites;

namespace Store.Core.Email;

/// <summary>
/// Renders <c>Views/Email/{name}.liquid</c> inside <c>Email/Layout</c>. The template sets the subject with
/// <c>{% assign subject = "..." %}</c>; like pages, the theme overrides a module's email by file name.
/// The email is written, and its prices and dates formatted, in the recipient's language where the shop knows it
/// (<see cref="RecipientCulture"/>), else in the shop's default language.
/// </summary>
public sealed partial class EmailRenderer(LiquidRenderer renderer, SiteState site, IHttpContextAccessor? requests = null, ShopCultures? cultures = null)
{
    public const string Layout = "Email/Layout";

    public async Task<RenderedEmail> RenderAsync(string template, object model, CancellationToken cancellationToken = default)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        if (RecipientCulture() is { } recipient)
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (recipient, recipient);
        }

        try
        {
            return await RenderInCultureAsync(template, model, cancellationToken);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    /// <summary>
    /// A shopper's own request (checkout, sign-up, a password reset) is in their language: the page's culture, or the
    /// one their cookie or browser chose. A background job, the admin and the admin API act for someone else, whose
    /// language the shop does not keep: the shop's default culture. Null leaves the culture as it is (no configuration).
    /// </summary>
    private CultureInfo? RecipientCulture()
    {
        if (cultures is null)
        {
            return null;
        }

        var http = requests?.HttpContext;
        if (http is null || http.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase) ||
            http.Request.Path.StartsWithSegments("/api/v1/admin", StringComparison.OrdinalIgnoreCase))
        {
            return cultures.Default;
        }

        return CulturePaths.CultureOf(http) ?? cultures.Find(CultureInfo.CurrentUICulture.Name) ?? cultures.Default;
    }

    private async Task<RenderedEmail> RenderInCultureAsync(string template, object model, CancellationToken cancellationToken)
    {
        var shop = await site.GetAsync(cancellationToken);
        var context = renderer.CreateContext(model, new Dictionary<string, object?> { ["site"] = new SiteView(shop?.Name ?? "Store", shop?.Currency ?? "USD", string.Empty), ["culture"] = CultureInfo.CurrentUICulture.Name });

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
