using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Store.Accounts.Users;
using Store.Core.Security;
using Store.Core.Sites;
using Store.Orders.Admin;
using Store.Orders.Contracts;

namespace Store.Orders.Areas.Admin.Pages.Orders;

/// <summary>
/// Every order: filters, number search, sorting and paging all in the URL (only the parameters in use, so a view
/// can be bookmarked and shared), exports of exactly that list, and a bulk status change with a result per order.
/// </summary>
[RequirePermission(OrdersPermissions.ManageOrdersName)]
public sealed class IndexModel(OrderAdminQueries queries, StatusChanges changes, SiteState site, IStringLocalizer<IndexModel> localizer) : PageModel
{
    internal OrderFilter Filter { get; private set; } = new();

    public AdminOrderPage Result { get; private set; } = new([], 1, 50, 0);

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Refusals { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        (Filter, Errors) = await OrderFilter.ReadAsync(Request.Query, site, cancellationToken);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // A filter form sends its empty fields too; answer with the URL of the fields in use.
        if (Request.Query.Any(p => p.Value.All(string.IsNullOrWhiteSpace)))
        {
            return Redirect("/admin/orders" + Filter.ToQuery());
        }

        Result = await queries.ListAsync(Filter, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostBulkAsync(string[] numbers, string? to, string? note, CancellationToken cancellationToken)
    {
        var (filter, _) = await OrderFilter.ReadAsync(Request.Query, site, cancellationToken);
        var back = "/admin/orders" + filter.ToQuery();
        if (numbers.Length == 0 || numbers.Length > StatusChanges.MaxBulk)
        {
            Message = numbers.Length == 0 ? localizer["Select at least one order first."] : localizer["Change at most {0} orders at once.", StatusChanges.MaxBulk];
            return Redirect(back);
        }

        if (to is null || !Enum.TryParse<OrderStatus>(to, out var status) || int.TryParse(to, out _))
        {
            Message = localizer["Choose the status to move the selected orders to."];
            return Redirect(back);
        }

        var result = await changes.ChangeManyAsync(numbers, status, CurrentUser.IdOf(User)!, note, cancellationToken);
        Message = result.Summary;
        Refusals = string.Join("\n", result.Orders.Where(o => !o.Done).Select(o => $"{o.Number}: {o.Message}"));
        return Redirect(back);
    }

    public string SortLink(string column) => "/admin/orders" + (Filter with { Sort = Filter.SortFor(column), Page = 1 }).ToQuery();

    public string? AriaSort(string column) => Filter.SortColumn == column ? (Filter.Descending ? "descending" : "ascending") : null;

    public string PageLink(int page) => "/admin/orders" + (Filter with { Page = page }).ToQuery();
}
