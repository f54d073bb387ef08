using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Store.Core.Api;
using Store.Core.Sites;

namespace Store.Orders.Admin;

/// <summary>
/// Answers an export request, for the API (bearer) and the admin page's links (cookie) alike: the list's filter
/// and sort from the query string, the file streamed as it is written (no Content-Length, nothing buffered).
/// </summary>
internal static class OrderExportEndpoint
{
    public static async Task<IResult> ExportAsync(HttpContext http, string format, OrderAdminQueries queries, OrderExports exports, SiteState site, bool api, CancellationToken cancellationToken)
    {
        var (filter, errors) = await OrderFilter.ReadAsync(http.Request.Query, site, null, cancellationToken);
        if (errors.Count > 0)
        {
            return api ? ApiProblems.Validation(errors) : TypedResults.BadRequest(string.Join(" ", errors.Values.SelectMany(e => e)));
        }

        var xlsx = format == "xlsx";
        if (xlsx)
        {
            // The zip writer under SpreadCheetah finishes each entry with a small synchronous write.
            http.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
        }

        // The shop's currency, chosen at setup (USD until then): the base the last three columns are in.
        var baseCurrency = (await site.GetAsync(cancellationToken))?.Currency ?? "USD";
        var name = $"orders-{DateTime.UtcNow:yyyyMMdd-HHmm}.{format}";
        return Results.Stream(
            body => xlsx
                ? exports.WriteXlsxAsync(body, queries.StreamAsync(filter, cancellationToken), baseCurrency, cancellationToken)
                : exports.WriteCsvAsync(body, queries.StreamAsync(filter, cancellationToken), baseCurrency, cancellationToken),
            xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
            name);
    }
}
