using Microsoft.AspNetCore.Routing;
using Store.Core.Api;

namespace Store.Cart.Carts;

/// <summary>
/// Where the cart's part of <c>/api/v1</c> is mapped, through Core's one API surface: bearer tokens only (a cookie
/// never authenticates it), and anonymous clients allowed, who keep their cart through the <c>Cart-Token</c> header.
/// </summary>
internal static class CartApi
{
    public static void MapCartApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/v1/cart").MapCartApiEndpoints();
}
