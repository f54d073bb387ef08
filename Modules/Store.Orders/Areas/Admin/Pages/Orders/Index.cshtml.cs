using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Store.Accounts.Users;
using Store.Core.Localization;
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
public sealed class IndexModel(OrderAdminQueries queries, StatusChanges changes, SiteState site, IPluralStringLocalizer localizer) : PageModel
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
        (Filter, Errors) = await OrderFilter.ReadAsync(Request.Query, site, localizer, cancellationToken);
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
        var (filter, _) = await OrderFilter.ReadAsync(Request.Query, site, localizer, cancellationToken);
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
        Message = Summary(result, status);
        Refusals = string.Join("\n", result.Orders.Where(o => !o.Done).Select(o => $"{o.Number}: {o.Message}"));
        return Redirect(back);
    }

    // "12 shipped, 1 refused: An order that is Cancelled cannot become Shipped. (K7QM-42XP)", in the admin's language.
    private string Summary(BulkResult result, OrderStatus to)
    {
        var changed = to switch
        {
            OrderStatus.Paid => localizer.Plural("{0} paid", "{0} paid", result.Changed),
            OrderStatus.Shipped => localizer.Plural("{0} shipped", "{0} shipped", result.Changed),
            OrderStatus.Delivered => localizer.Plural("{0} delivered", "{0} delivered", result.Changed),
            OrderStatus.Cancelled => localizer.Plural("{0} cancelled", "{0} cancelled", result.Changed),
            _ => localizer.Plural("{0} moved to {1}", "{0} moved to {1}", result.Changed, AdminFormat.Status(localizer, result.To)),
        };
        if (result.Refused == 0)
        {
            return changed;
        }

        var reasons = result.Orders.Where(o => !o.Done).GroupBy(o => o.Message).Select(g => $"{g.Key} ({string.Join(", ", g.Select(o => o.Number))})");
        return localizer.Plural("{1}, {0} refused: {2}", "{1}, {0} refused: {2}", result.Refused, changed.Value, string.Join("; ", reasons));
    }

    public string SortLink(string column) => "/admin/orders" + (Filter with { Sort = Filter.SortFor(column), Page = 1 }).ToQuery();

    public string? AriaSort(string column) => Filter.SortColumn == column ? (Filter.Descending ? "descending" : "ascending") : null;

    public string PageLink(int page) => "/admin/orders" + (Filter with { Page = page }).ToQuery();
}
