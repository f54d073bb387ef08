using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Orders.Orders;

namespace Store.Orders.Guests;

/// <summary>
/// Finds a guest's order by its number and the email given at checkout, and answers its signed (site) link. One
/// message for every miss, so the form tells nobody which orders or addresses exist.
/// </summary>
internal sealed class GuestLookup(StoreDbContext db, GuestLinks links)
{
    public const string NoMatch = "No guest order has this number and email. Check both (the number is in the order's email, such as K7QM-42XP); an order placed while signed in is in your account.";

    public async Task<string?> FindAsync(GuestLookupForm form, CancellationToken cancellationToken)
    {
        var number = (form.Number ?? "").Trim().ToUpperInvariant();
        var email = (form.Email ?? "").Trim();
        if (number.Length is 0 or > 20 || email.Length is 0 or > 256)
        {
            form.Error = "Enter the order number and the email you gave at checkout.";
            return null;
        }

        var stored = await db.Set<Order>().AsNoTracking().Where(o => o.Number == number && o.UserId == null).Select(o => o.Email).FirstOrDefaultAsync(cancellationToken);
        if (stored is null || !string.Equals(stored, email, StringComparison.OrdinalIgnoreCase))
        {
            form.Error = NoMatch;
            return null;
        }

        return links.PathOf(number);
    }
}
