using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Store.Cart.Carts;

/// <summary>
/// Where the cart's part of <c>/api/v1</c> is mapped: bearer tokens only (a cookie never authenticates it), and
/// anonymous clients allowed, who keep their cart through the <c>Cart-Token</c> header.
/// </summary>
internal static class CartApi
{
    // The bearer scheme's name (Accounts' JwtBearerSetup); the policy authenticates with it alone.
    private static readonly AuthorizationPolicy BearerOrAnonymous =
        new AuthorizationPolicyBuilder("Bearer").RequireAssertion(_ => true).Build();

    public static void MapCartApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/v1/cart").RequireAuthorization(BearerOrAnonymous).MapCartApiEndpoints();
}
