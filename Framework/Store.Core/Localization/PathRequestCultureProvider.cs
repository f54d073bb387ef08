using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace Store.Core.Localization;

/// <summary>The culture of the page's URL (<see cref="CulturePathMiddleware"/>): it beats the query string, the cookie and Accept-Language.</summary>
internal sealed class PathRequestCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        CulturePaths.CultureOf(httpContext) is { } culture ? Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture.Name)) : NullProviderCultureResult;
}
