using Store.Core.Api;
using Store.Core.Security;

namespace Store.Orders;

public static class OrdersPermissions
{
    public const string ManageOrdersName = "Orders.ManageOrders";

    public static readonly Permission ManageOrders = new(ManageOrdersName, "Mark orders paid, shipped and delivered, and cancel them")
    {
        DefaultRoles = [StoreRoles.OrderManager],
        Scope = ApiScopes.OrdersWrite,
    };

    public static IReadOnlyList<Permission> All { get; } = [ManageOrders];
}
