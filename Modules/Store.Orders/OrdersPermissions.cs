using Store.Core.Api;
using Store.Core.Security;

namespace Store.Orders;

public static class OrdersPermissions
{
    public static readonly Permission ManageOrders = new("Orders.ManageOrders", "Mark orders paid, shipped and delivered, and cancel them")
    {
        DefaultRoles = [StoreRoles.OrderManager],
        Scope = ApiScopes.OrdersWrite,
    };

    public static IReadOnlyList<Permission> All { get; } = [ManageOrders];
}
