using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Store.Core.Api;
using Store.Core.Sites;

namespace Store.Orders.Admin;

/// <summary>
/// <c>/api/v1/admin/orders</c> for staff (<c>Orders.ManageOrders</c>): the admin list's filters as query parameters,
/// the same exports, one order in full. The status route stays in <c>OrderApiEndpoints</c>.
/// </summary>
internal static class OrderAdminApiEndpoints
{
    public static void MapOrderAdminListApi(this IEndpointRouteBuilder admin)
    {
        admin.MapGet("/", async Task<IResult> (HttpContext http, OrderAdminQueries queries, SiteState site, CancellationToken cancellationToken) =>
        {
            var (filter, errors) = await OrderFilter.ReadAsync(http.Request.Query, site, null, cancellationToken);
            return errors.Count > 0 ? ApiProblems.Validation(errors) : TypedResults.Ok(await queries.ListAsync(filter, cancellationToken));
        })
            .WithSummary("Staff: every order, filtered (status, customer, from, to, minTotal, maxTotal, payment, q), sorted and paged");

        admin.MapGet("/export.csv", (HttpContext http, OrderAdminQueries queries, OrderExports exports, SiteState site, CancellationToken cancellationToken) =>
            OrderExportEndpoint.ExportAsync(http, "csv", queries, exports, site, api: true, cancellationToken))
            .WithSummary("Staff: the filtered list as CSV (RFC 4180; same parameters as the list)");

        admin.MapGet("/export.xlsx", (HttpContext http, OrderAdminQueries queries, OrderExports exports, SiteState site, CancellationToken cancellationToken) =>
            OrderExportEndpoint.ExportAsync(http, "xlsx", queries, exports, site, api: true, cancellationToken))
            .WithSummary("Staff: the filtered list as an Excel workbook (same parameters as the list)");

        admin.MapGet("/{number}", async Task<IResult> (string number, HttpContext http, OrderAdminQueries queries, CancellationToken cancellationToken) =>
        {
            if (await queries.DetailAsync(number, cancellationToken) is not { } order)
            {
                return ApiProblems.NotFound();
            }

            EntityTags.Send(http, order.History.Count);
            return TypedResults.Ok(order);
        })
            .WithSummary("Staff: one order in full: lines, totals, address, payment, refunds and history; ETag carries its version");
    }

    /// <summary>The admin page's export links: the same files on the sign-in cookie, behind the same permission.</summary>
    public static void MapOrderAdminExports(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/admin/orders").RequireAuthorization(OrdersPermissions.ManageOrders.PolicyName);
        admin.MapGet("/export.csv", (HttpContext http, OrderAdminQueries queries, OrderExports exports, SiteState site, CancellationToken cancellationToken) =>
            OrderExportEndpoint.ExportAsync(http, "csv", queries, exports, site, api: false, cancellationToken));
        admin.MapGet("/export.xlsx", (HttpContext http, OrderAdminQueries queries, OrderExports exports, SiteState site, CancellationToken cancellationToken) =>
            OrderExportEndpoint.ExportAsync(http, "xlsx", queries, exports, site, api: false, cancellationToken));
    }
}
