using Microsoft.AspNetCore.Routing;
using Store.Core.Api;
using Store.Core.Security;
using Store.Orders.Admin;
using Store.Orders.Invoices;
using Store.Orders.Reports;
using Store.Orders.Shipments;

namespace Store.Orders.Orders;

/// <summary>Where the orders' part of <c>/api/v1</c> is mapped, through Core's one API surface (bearer tokens only).</summary>
internal static class OrderApi
{
    public static void MapOrderApi(this IEndpointRouteBuilder endpoints)
    {
        var orders = endpoints.MapApiGroup("/api/v1/orders").RequireSignedIn();
        orders.MapOrderApiEndpoints();
        orders.MapDocumentApi();
        var admin = endpoints.MapApiGroup("/api/v1/admin/orders").RequirePermission(OrdersPermissions.ManageOrders);
        admin.MapOrderAdminApiEndpoints();
        admin.MapOrderAdminListApi();
        admin.MapShipmentApi();
        admin.MapAdminDocumentApi();
        endpoints.MapApiGroup("/api/v1/admin/reports").RequirePermission(OrdersPermissions.ManageOrders).MapSalesReportApi();
    }
}
