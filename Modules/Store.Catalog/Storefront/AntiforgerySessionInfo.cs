using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Store.Core.Hosting;

namespace Store.Catalog.Storefront;

/// <summary>
/// Hands the antiforgery token to pages through <c>/session</c>: the product page's add-to-cart form is in
/// cached HTML shared by all shoppers, so its token is filled in by script after load.
/// </summary>
internal sealed class AntiforgerySessionInfo(IAntiforgery antiforgery) : ISessionInfo
{
    public Task ContributeAsync(HttpContext http, IDictionary<string, object?> values)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        values["antiforgery"] = new Dictionary<string, string?> { ["field"] = tokens.FormFieldName, ["token"] = tokens.RequestToken };
        return Task.CompletedTask;
    }
}
