using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Store.Core.Forms;
using Store.Core.Localization;
using Store.Core.Sites;

namespace Store.Core.Liquid;

/// <summary>An endpoint result that renders a Liquid view in the theme's layout as an HTML page.</summary>
public sealed class LiquidResult(string view, object? model, int statusCode, IReadOnlyDictionary<string, object?>? values)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode => statusCode;

    public string ContentType => "text/html; charset=utf-8";

    public string View => view;

    public object? Model => model;

    /// <summary>
    /// When set, the page carries a weak <c>ETag</c> of its HTML and of this text (what else the page varies by, such as
    /// the shopper's currency), and an <c>If-None-Match</c> naming it is answered 304 without the page.
    /// </summary>
    public string? EntityTagVary { get; init; }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var services = httpContext.RequestServices;
        var renderer = services.GetRequiredService<LiquidRenderer>();
        var site = await services.GetRequiredService<SiteState>().GetAsync(httpContext.RequestAborted);
        var time = services.GetRequiredService<TimeProvider>();

        var all = new Dictionary<string, object?>(values ?? new Dictionary<string, object?>())
        {
            ["site"] = new SiteView(site?.Name ?? "Store", site?.Currency ?? "USD", time.GetUtcNow().Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ["request"] = new RequestView(httpContext),
            ["form_notice"] = UnreadableForms.TakeNotice(httpContext),
        };
        foreach (var contributor in services.GetServices<IPageValues>())
        {
            await contributor.AddAsync(httpContext, all);
        }

        // Every module's links stay in the visitor's language (/fr/...), rewritten once here.
        var html = CulturePaths.LocalizeLinks(await renderer.RenderPageAsync(view, model, all), CulturePaths.PrefixOf(httpContext));
        if (EntityTagVary is { } vary && statusCode == StatusCodes.Status200OK)
        {
            var tag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(vary + "\n" + html)).AsSpan(0, 12)) + "\"", isWeak: true);
            httpContext.Response.Headers.ETag = tag.ToString();
            if (httpContext.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(tag, useStrongComparison: false)))
            {
                httpContext.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = ContentType;
        await httpContext.Response.WriteAsync(html, httpContext.RequestAborted);
    }
}
