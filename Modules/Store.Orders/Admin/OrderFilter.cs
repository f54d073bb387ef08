using System.Globalization;
using Microsoft.AspNetCore.Http;
using Store.Catalog;
using Store.Core.Sites;
using Store.Orders.Contracts;

namespace Store.Orders.Admin;

/// <summary>
/// What the order admin's list, its exports and <c>GET /api/v1/admin/orders</c> are asked for, read from the same
/// query parameters (<c>status, customer, from, to, minTotal, maxTotal, payment, q, sort, page</c>). Dates are the
/// shop's local days, both ends included; totals are major units of the shop's currency ("12.50").
/// </summary>
internal sealed record OrderFilter
{
    public const string DefaultSort = "-placed";

    public static IReadOnlyList<string> SortColumns { get; } = ["number", "placed", "customer", "status", "payment", "total"];

    public OrderStatus? Status { get; init; }

    public string? Customer { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public long? MinTotal { get; init; }

    public long? MaxTotal { get; init; }

    public string? Payment { get; init; }

    public string? Q { get; init; }

    public string Sort { get; init; } = DefaultSort;

    public int Page { get; init; } = 1;

    /// <summary>The totals as typed, so a link carries them back unchanged.</summary>
    public string? MinTotalText { get; init; }

    public string? MaxTotalText { get; init; }

    public string SortColumn => Sort.TrimStart('-');

    public bool Descending => Sort.StartsWith('-');

    /// <summary>Reads the filter with the shop's currency for the totals.</summary>
    public static async Task<(OrderFilter Filter, Dictionary<string, string[]> Errors)> ReadAsync(IQueryCollection query, SiteState site, CancellationToken cancellationToken)
    {
        var filter = Parse(query, (await site.GetAsync(cancellationToken))?.Currency ?? "USD", out var errors);
        return (filter, errors);
    }

    /// <summary>Reads the filter; field errors are keyed by the query parameter's name.</summary>
    public static OrderFilter Parse(IQueryCollection query, string currency, out Dictionary<string, string[]> errors)
    {
        errors = [];
        string? Text(string name) => query[name].ToString().Trim() is { Length: > 0 } text ? text : null;
        var filter = new OrderFilter
        {
            Customer = Text("customer"),
            Q = Text("q")?.ToUpperInvariant(),
            MinTotalText = Text("minTotal"),
            MaxTotalText = Text("maxTotal"),
        };

        if (Text("status") is { } status)
        {
            if (Enum.TryParse<OrderStatus>(status, ignoreCase: true, out var parsed) && !int.TryParse(status, out _))
            {
                filter = filter with { Status = parsed };
            }
            else
            {
                errors["status"] = [$"status is one of {string.Join(", ", Enum.GetNames<OrderStatus>())}."];
            }
        }

        filter = filter with { From = Day(Text("from"), "from", errors), To = Day(Text("to"), "to", errors) };
        if (filter.From > filter.To)
        {
            errors["to"] = ["to must not be before from."];
        }

        filter = filter with { MinTotal = Amount(filter.MinTotalText, "minTotal", currency, errors), MaxTotal = Amount(filter.MaxTotalText, "maxTotal", currency, errors) };
        if (filter.MinTotal > filter.MaxTotal)
        {
            errors["maxTotal"] = ["maxTotal must not be below minTotal."];
        }

        if (Text("payment") is { } payment)
        {
            if (PaymentStates.All.Contains(payment.ToLowerInvariant()))
            {
                filter = filter with { Payment = payment.ToLowerInvariant() };
            }
            else
            {
                errors["payment"] = [$"payment is one of {string.Join(", ", PaymentStates.All)}."];
            }
        }

        if (Text("sort") is { } sort)
        {
            if (SortColumns.Contains(sort.TrimStart('-').ToLowerInvariant()) && sort.LastIndexOf('-') <= 0)
            {
                filter = filter with { Sort = sort.ToLowerInvariant() };
            }
            else
            {
                errors["sort"] = [$"sort is one of {string.Join(", ", SortColumns)}, with a leading - for descending."];
            }
        }

        if (Text("page") is { } page)
        {
            if (int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
            {
                filter = filter with { Page = number };
            }
            else
            {
                errors["page"] = ["page is a whole number from 1."];
            }
        }

        if (filter.Customer is { Length: > 256 })
        {
            errors["customer"] = ["customer is at most 256 characters."];
        }

        if (filter.Q is { Length: > 20 })
        {
            errors["q"] = ["q is an order number (or its beginning), at most 20 characters."];
        }

        return filter;
    }

    /// <summary>The query string of the parameters in use (no empty ones), for links that keep the view.</summary>
    public string ToQuery(bool withPage = true)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("status", Status?.ToString());
        Add("customer", Customer);
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("minTotal", MinTotalText);
        Add("maxTotal", MaxTotalText);
        Add("payment", Payment);
        Add("q", Q);
        Add("sort", Sort == DefaultSort ? null : Sort);
        Add("page", withPage && Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    /// <summary>The sort a column header links to: ascending first, descending when it is already ascending.</summary>
    public string SortFor(string column) => SortColumn == column && !Descending ? "-" + column : column;

    private static DateOnly? Day(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors[name] = [$"{name} is a date such as 2026-11-29."];
        return null;
    }

    private static long? Amount(string? text, string name, string currency, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (Prices.TryParse(text, currency, out var minor))
        {
            return minor;
        }

        errors[name] = [$"{name} is an amount in {currency} such as 12.50."];
        return null;
    }
}
