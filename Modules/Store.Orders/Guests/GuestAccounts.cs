using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Core.Data;
using Store.Core.Security;
using Store.Orders.Checkout;
using Store.Orders.Orders;

namespace Store.Orders.Guests;

/// <summary>
/// Turns a guest's order into an account: a password, an account for the order's email (confirmed, since only the
/// email's own link offers this), and the order moved to it, in one transaction. An address that already has an
/// account is told to sign in: an order is never added to an existing account without its password.
/// </summary>
internal sealed class GuestAccounts(StoreDbContext db, UserManager<User> users, TimeProvider time)
{
    public static string AccountExists(string email) =>
        $"An account already uses {email}. Sign in to it to see your orders; this order stays reachable through its link (we never add an order to an account without that account's password).";

    public async Task<Dictionary<string, string>> ClaimAsync(string number, string? password, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var order = await db.Set<Order>().AsNoTracking().Where(o => o.Number == number && o.UserId == null)
            .Select(o => new { o.Id, o.Email, o.Status, o.ShippingAddress.FullName }).FirstOrDefaultAsync(cancellationToken);
        if (order is null)
        {
            errors[""] = "This order is already in an account: sign in to see it.";
            return errors;
        }

        FieldRules.Password(errors, "Password", password);
        if (errors.Count > 0)
        {
            return errors;
        }

        if (await users.FindByEmailAsync(order.Email) is not null)
        {
            errors[""] = AccountExists(order.Email);
            return errors;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var user = new User { UserName = order.Email, Email = order.Email, EmailConfirmed = true, DisplayName = order.FullName, CreatedUtc = now };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, password!);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))
                ? new Dictionary<string, string> { [""] = AccountExists(order.Email) }
                : IdentityErrors.ToFields(created);
        }

        var role = await users.AddToRoleAsync(user, StoreRoles.Customer);
        if (!role.Succeeded)
        {
            throw new InvalidOperationException("The Customer role is missing: " + string.Join(" ", role.Errors.Select(e => e.Description)));
        }

        // Of two claims at once, the conditional update lets one move the order; the other's account rolls back.
        var moved = await db.Set<Order>().Where(o => o.Id == order.Id && o.UserId == null).ExecuteUpdateAsync(s => s.SetProperty(o => o.UserId, user.Id), cancellationToken);
        if (moved == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new Dictionary<string, string> { [""] = "This order is already in an account: sign in to see it." };
        }

        db.Set<OrderHistoryEntry>().Add(new OrderHistoryEntry { OrderId = order.Id, From = order.Status, To = order.Status, AtUtc = now, By = OrderOwner.GuestActor, Note = "The guest made an account for this order" });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return errors;
    }
}
