using Microsoft.AspNetCore.Http;

namespace Store.Core.Liquid;

/// <summary>
/// Top-level values a module adds to every storefront page (besides <c>site</c> and <c>request</c>), such as how
/// prices are shown with tax. Registered as services; each page asks every one. Keep them the same for every
/// visitor: catalog pages are cached for everyone.
/// </summary>
public interface IPageValues
{
    Task AddAsync(HttpContext http, IDictionary<string, object?> values);
}
