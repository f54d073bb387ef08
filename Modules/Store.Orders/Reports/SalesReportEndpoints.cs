using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Store.Core.Api;

namespace Store.Orders.Reports;

/// <summary><c>GET /api/v1/admin/reports/sales?from=&amp;to=</c>: the dashboard's figures for a range of the shop's days.</summary>
internal static class SalesReportEndpoints
{
    public static void MapSalesReportApi(this IEndpointRouteBuilder reports) =>
        reports.MapGet("/sales", async Task<IResult> (string? from, string? to, SalesReports sales, CancellationToken cancellationToken) =>
        {
            var (start, end, errors) = sales.Range(from, to);
            return errors.Count > 0 ? ApiProblems.Validation(errors) : TypedResults.Ok(await sales.BuildAsync(start, end, cancellationToken));
        })
            .WithSummary("Staff: sales per day, best sellers, orders by status and conversion for a date range (from, to: yyyy-MM-dd, shop time zone)");
}
