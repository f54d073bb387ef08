using System.Net;
using System.Text.RegularExpressions;

namespace Store.Tests.Infrastructure;

/// <summary>Posts a form the way a browser does: read the page, take its antiforgery token, send the fields.</summary>
public static partial class FormPost
{
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, IDictionary<string, string> fields, string? actionUrl = null)
    {
        var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {pageUrl} answered {(int)page.StatusCode}: {html[..Math.Min(500, html.Length)]}");
        }

        return await client.PostFormAsync(actionUrl ?? pageUrl, fields, TokenOf(html));
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDictionary<string, string> fields, string? token)
    {
        var all = new Dictionary<string, string>(fields);
        if (token is not null)
        {
            all["__RequestVerificationToken"] = token;
        }

        return client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    public static string? TokenOf(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
