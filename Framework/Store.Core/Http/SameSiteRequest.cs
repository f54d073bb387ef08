using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Store.Core.Http;

/// <summary>
/// Forms in cached HTML (the cart's, the cookie banner) accept a post that carries a valid antiforgery token, or, without one, whose <c>Origin</c>
/// (else <c>Referer</c>) is this shop. The product page is cached HTML that gets its token from
/// <c>/session</c> by script; with script off the browser still sends <c>Origin</c> on a form post, which
/// another site cannot forge. A post with neither is refused. (README, "Cross-site requests".)
/// </summary>
public static class SameSiteRequest
{
    public static async Task<bool> IsAllowedAsync(HttpContext http, IFormCollection form)
    {
        var field = http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.FormFieldName;
        if (form.ContainsKey(field))
        {
            return await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http);
        }

        var origin = http.Request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            origin = http.Request.Headers.Referer.ToString();
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Scheme, http.Request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Authority, http.Request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
