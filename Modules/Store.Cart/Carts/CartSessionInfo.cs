using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Hosting;

namespace Store.Cart.Carts;

/// <summary>The header's cart count, through <c>/session</c> so cached pages show it too. Signing in merges here first.</summary>
internal sealed class CartSessionInfo : ISessionInfo
{
    public async Task ContributeAsync(HttpContext http, IDictionary<string, object?> values)
    {
        var services = http.RequestServices;
        var cart = await services.GetRequiredService<CartLocator>().FindAsync(http, http.RequestAborted);
        values["cartCount"] = await services.GetRequiredService<CartReader>().CountAsync(cart, http.RequestAborted);
    }
}
