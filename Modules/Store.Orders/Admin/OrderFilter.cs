using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
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

    /// <summary>
    /// Reads the filter with the shop's currency for the totals. With <paramref name="formLocalizer"/> (the admin's
    /// list) the messages name the form's fields in the reader's language; without, the API's parameters in English.
    /// </summary>
    public static async Task<(OrderFilter Filter, Dictionary<string, string[]> Errors)> ReadAsync(IQueryCollection query, SiteState site, IStringLocalizer? formLocalizer, CancellationToken cancellationToken)
    {
        var filter = Parse(query, (await site.GetAsync(cancellationToken))?.Currency ?? "USD", out var errors, formLocalizer);
        return (filter, errors);
    }

    /// <summary>Reads the filter; field errors are keyed by the query parameter's name (see <see cref="ReadAsync"/> for their words).</summary>
    public static OrderFilter Parse(IQueryCollection query, string currency, out Dictionary<string, string[]> errors, IStringLocalizer? formLocalizer = null)
    {
        var found = new Dictionary<string, string[]>();
        errors = found;
        // Each message twice: the API's names its query parameter, the admin form's names the field as labelled.
        void Refuse(string name, string api, Func<IStringLocalizer, string> form) => found[name] = [formLocalizer is null ? api : form(formLocalizer)];
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
                Refuse("status", $"status is one of {string.Join(", ", Enum.GetNames<OrderStatus>())}.", localizer => localizer["Choose a status from the list."]);
            }
        }

        var from = Day(Text("from"));
        var to = Day(Text("to"));
        filter = filter with { From = from.Day, To = to.Day };
        if (!from.Read)
        {
            Refuse("from", "from is a date such as 2026-11-29.", localizer => localizer["“Placed from” must be a date."]);
        }

        if (!to.Read)
        {
            Refuse("to", "to is a date such as 2026-11-29.", localizer => localizer["“Placed to” must be a date."]);
        }

        if (filter.From > filter.To)
        {
            Refuse("to", "to must not be before from.", localizer => localizer["“Placed to” must not be before “Placed from”."]);
        }

        var minTotal = Amount(filter.MinTotalText, currency);
        var maxTotal = Amount(filter.MaxTotalText, currency);
        filter = filter with { MinTotal = minTotal.Minor, MaxTotal = maxTotal.Minor };
        if (!minTotal.Read)
        {
            Refuse("minTotal", $"minTotal is an amount in {currency} such as 12.50.", localizer => localizer["“Total from” must be an amount in {0} such as 12.50.", currency]);
        }

        if (!maxTotal.Read)
        {
            Refuse("maxTotal", $"maxTotal is an amount in {currency} such as 12.50.", localizer => localizer["“Total to” must be an amount in {0} such as 12.50.", currency]);
        }

        if (filter.MinTotal > filter.MaxTotal)
        {
            Refuse("maxTotal", "maxTotal must not be below minTotal.", localizer => localizer["“Total to” must not be below “Total from”."]);
        }

        if (Text("payment") is { } payment)
        {
            if (PaymentStates.All.Contains(payment.ToLowerInvariant()))
            {
                filter = filter with { Payment = payment.ToLowerInvariant() };
            }
            else
            {
                Refuse("payment", $"payment is one of {string.Join(", ", PaymentStates.All)}.", localizer => localizer["Choose a payment state from the list."]);
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
                Refuse("sort", $"sort is one of {string.Join(", ", SortColumns)}, with a leading - for descending.", localizer => localizer["Sort by one of the column headings."]);
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
                Refuse("page", "page is a whole number from 1.", localizer => localizer["The page number is a whole number from 1."]);
            }
        }

        if (filter.Customer is { Length: > 256 })
        {
            Refuse("customer", "customer is at most 256 characters.", localizer => localizer["“Customer” takes at most {0} characters.", 256]);
        }

        if (filter.Q is { Length: > 20 })
        {
            Refuse("q", "q is an order number (or its beginning), at most 20 characters.", localizer => localizer["“Order number” takes an order number or its beginning, at most {0} characters.", 20]);
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

    // Read: false when text was given but is not a date (an absent one reads as no bound).
    private static (DateOnly? Day, bool Read) Day(string? text) =>
        text is null ? (null, true)
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? (day, true)
        : (null, false);

    private static (long? Minor, bool Read) Amount(string? text, string currency) =>
        text is null ? (null, true) : Prices.TryParse(text, currency, out var minor) ? (minor, true) : (null, false);
}
