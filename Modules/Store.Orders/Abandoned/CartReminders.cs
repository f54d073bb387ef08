using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Consents;
using Store.Accounts.Users;
using Store.Cart.Contracts;
using Store.Catalog.Contracts;
using Store.Core.Data;
using Store.Core.Email;
using Store.Orders.Checkout;
using Store.Orders.Orders;

namespace Store.Orders.Abandoned;

/// <summary>
/// Abandoned-cart reminders (README, "Abandoned carts"): finds carts left longer than the delay, sends each one
/// reminder through the outbox when its owner agreed to marketing emails and has not ordered since, and counts an
/// order placed after a reminder as recovered by it.
/// </summary>
internal sealed class CartReminders(
    StoreDbContext db,
    IAbandonedCarts carts,
    ICatalogProducts catalog,
    ConsentLog consents,
    UserManager<User> users,
    EmailOutbox outbox,
    EmailOptions email,
    UnsubscribeLinks unsubscribe,
    OrdersOptions options,
    TimeProvider time)
{
    private const int Batch = 200;

    /// <summary>Sends the reminders due now; the number sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var idle = await carts.ListIdleAsync(now - options.AbandonedCartWindow, now - options.AbandonedCartAfter, Batch, cancellationToken);
        var ids = idle.Select(c => c.CartId).ToList();
        var since = now - options.AbandonedCartWindow;
        var reminded = (await db.Set<CartReminder>().AsNoTracking().Where(r => ids.Contains(r.CartId) && r.SentUtc > since).Select(r => r.CartId).ToListAsync(cancellationToken)).ToHashSet();
        var sent = 0;
        foreach (var cart in idle.Where(c => !reminded.Contains(c.CartId)))
        {
            if (await RecipientAsync(cart, cancellationToken) is { } to && !await OrderedSinceAsync(cart, to, cancellationToken) && await SendAsync(cart, to, now, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>
    /// In the placing transaction, after the order row: the owner's reminders of the last window that brought no order
    /// yet now name this one (a signed-in shopper's by account, a guest's by the cart the order emptied).
    /// </summary>
    public Task<int> MarkRecoveredAsync(OrderOwner owner, int? guestCartId, Order order, CancellationToken cancellationToken)
    {
        var since = order.PlacedUtc - options.AbandonedCartWindow;
        var reminders = db.Set<CartReminder>().Where(r => r.RecoveredOrderId == null && r.SentUtc >= since && r.SentUtc <= order.PlacedUtc);
        reminders = owner.UserId is { } userId ? reminders.Where(r => r.UserId == userId) : reminders.Where(r => r.UserId == null && r.CartId == guestCartId);
        return reminders.ExecuteUpdateAsync(s => s
            .SetProperty(r => r.RecoveredOrderId, order.Id)
            .SetProperty(r => r.RecoveredOrderNumber, order.Number)
            .SetProperty(r => r.RecoveredTotal, order.Total)
            .SetProperty(r => r.Currency, order.Currency)
            .SetProperty(r => r.RecoveredUtc, order.PlacedUtc), cancellationToken);
    }

    // The address a reminder may go to: only with marketing consent (the account's, or the guest's email's).
    private async Task<string?> RecipientAsync(IdleCart cart, CancellationToken cancellationToken)
    {
        if (cart.UserId is { } userId)
        {
            var user = await users.FindByIdAsync(userId);
            return user?.Email is { } address && await consents.GrantedAsync(userId, ConsentPurpose.MarketingEmails, cancellationToken) ? address : null;
        }

        return cart.Email is { } guest && await consents.GrantedToEmailAsync(guest, ConsentPurpose.MarketingEmails, cancellationToken) ? guest : null;
    }

    // Never after ordering: any order by the account, or to the guest's address, since the cart was last changed.
    private Task<bool> OrderedSinceAsync(IdleCart cart, string to, CancellationToken cancellationToken) =>
        cart.UserId is { } userId
            ? db.Set<Order>().AnyAsync(o => o.UserId == userId && o.PlacedUtc >= cart.UpdatedUtc, cancellationToken)
            : db.Set<Order>().AnyAsync(o => o.Email == to && o.PlacedUtc >= cart.UpdatedUtc, cancellationToken);

    // A guest's cart is found by its browser's cookie: their link carries the cart itself, for any browser.
    private string CartPathOf(IdleCart cart) => cart.UserId is null ? carts.RestorePathOf(cart.CartId) : "/cart";

    // The reminder row and its email in one save; the row's unique index makes a second node's insert fail.
    private async Task<bool> SendAsync(IdleCart cart, string to, DateTime now, CancellationToken cancellationToken)
    {
        var variants = (await catalog.GetPublishedVariantsAsync(cart.Items.Select(i => i.VariantId).ToList(), cancellationToken)).ToDictionary(v => v.VariantId);
        var lines = cart.Items.Where(i => variants.ContainsKey(i.VariantId))
            .Select(i => new AbandonedCartLine(variants[i.VariantId].ProductName, variants[i.VariantId].OptionsText, i.Quantity)).ToList();
        if (lines.Count == 0)
        {
            return false; // nothing in it is for sale any more
        }

        var origin = email.PublicOrigin(null);
        db.Add(new CartReminder { CartId = cart.CartId, UserId = cart.UserId, Email = to, CartUpdatedUtc = cart.UpdatedUtc, SentUtc = now });
        await outbox.QueueAsync(to, "AbandonedCart", new AbandonedCartEmail(lines, origin + CartPathOf(cart), origin + unsubscribe.PathOf(cart.UserId, to)), cancellationToken);
        try
        {
            // One SaveChanges: the row and its email commit together, or neither does.
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node reminded this cart first.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
