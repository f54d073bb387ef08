using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Hosting;

namespace Store.Wishlist.Items;

/// <summary>
/// The ids of the products on the visitor's wishlist, through <c>/session</c>: cached pages carry no visitor's
/// wishlist, and <c>site.js</c> marks their hearts from this. Signing in merges the browser's list here first.
/// </summary>
internal sealed class WishlistSessionInfo : ISessionInfo
{
    public async Task ContributeAsync(HttpContext http, IDictionary<string, object?> values)
    {
        var entries = await http.RequestServices.GetRequiredService<WishlistVisitor>().EntriesAsync(http, http.RequestAborted);
        values["wishlist"] = entries.Select(e => e.Key.ProductId).Distinct().ToList();
    }
}
