using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Store.Core.Security;

namespace Store.Orders.Orders;

/// <summary>Where the orders' part of <c>/api/v1</c> is mapped: bearer tokens only, a cookie never authenticates it.</summary>
internal static class OrderApi
{
    // The bearer scheme's name (Accounts' JwtBearerSetup); the policy authenticates with it alone.
    private static readonly AuthorizationPolicy Bearer = new AuthorizationPolicyBuilder("Bearer").RequireAuthenticatedUser().Build();

    public static void MapOrderApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/v1/orders").RequireAuthorization(Bearer).MapOrderApiEndpoints();
        endpoints.MapGroup("/api/v1/admin/orders").RequireAuthorization(Bearer).RequirePermission(OrdersPermissions.ManageOrders).MapOrderAdminApiEndpoints();
    }
}
