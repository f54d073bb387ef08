using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Orders.Orders;

namespace Store.Orders.Admin;

/// <summary>
/// The order admin's <c>customer</c> filter (README, "Order admin"). A whole email address is first looked up exactly
/// (any case) on the <c>lower("Email")</c> index. Otherwise, or when no order has that address, it is a substring of
/// the email or of the shipping name: the distinct addresses and names holding it are found first (a scan of two
/// narrow indexes, not of the orders), and the orders are then picked by those values through the same indexes. When
/// too many values hold it, the orders themselves are scanned.
/// </summary>
public sealed class CustomerSearch(StoreDbContext db)
{
    /// <summary>More distinct matching values than this and an <c>IN</c> list stops paying: scan instead.</summary>
    private const int MaxValues = 500;

    internal async Task<IQueryable<Order>> MatchingAsync(IQueryable<Order> orders, string customer, CancellationToken cancellationToken)
    {
        var term = customer.ToLowerInvariant();
        // lower() on both providers; the StringComparison overloads have no SQL translation.
#pragma warning disable CA1862
        var all = db.Set<Order>().AsNoTracking();
        if (IsWholeAddress(term) && await all.AnyAsync(o => o.Email.ToLower() == term, cancellationToken))
        {
            return orders.Where(o => o.Email.ToLower() == term);
        }

        var emails = await all.Select(o => o.Email).Where(e => e.ToLower().Contains(term)).Distinct().OrderBy(v => v).Take(MaxValues + 1).ToListAsync(cancellationToken);
        var names = await all.Select(o => o.ShippingAddress.FullName).Where(n => n.ToLower().Contains(term)).Distinct().OrderBy(v => v).Take(MaxValues + 1).ToListAsync(cancellationToken);
        return emails.Count > MaxValues || names.Count > MaxValues
            ? orders.Where(o => o.Email.ToLower().Contains(term) || o.ShippingAddress.FullName.ToLower().Contains(term))
            : orders.Where(o => emails.Contains(o.Email) || names.Contains(o.ShippingAddress.FullName));
#pragma warning restore CA1862
    }

    /// <summary>Something@something.tld with no spaces: what people paste when they mean one customer.</summary>
    internal static bool IsWholeAddress(string term)
    {
        var at = term.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == term.LastIndexOf('@') && term.IndexOf('.', at) > at + 1 && !term.EndsWith('.') && !term.Any(char.IsWhiteSpace);
    }
}
