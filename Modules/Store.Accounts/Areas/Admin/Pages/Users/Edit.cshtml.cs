using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Roles;
using Store.Accounts.Tokens;
using Store.Accounts.Users;
using Store.Core.Security;

namespace Store.Accounts.Areas.Admin.Pages.Users;

/// <summary>One user: assign roles, lock and unlock. An administrator cannot lock themselves out nor drop their own Administrator role.</summary>
[RequirePermission("Accounts.ManageUsers")]
public sealed class EditModel(UserManager<User> users, SignInManager<User> signIn, RoleManager<Role> roles, RefreshTokens refreshTokens, TimeProvider time) : PageModel
{
    public string Email { get; private set; } = string.Empty;

    public string DisplayName { get; private set; } = string.Empty;

    public bool EmailConfirmed { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public bool LockedOut { get; private set; }

    public DateTimeOffset? LockoutEnd { get; private set; }

    public IReadOnlyList<string> AllRoles { get; private set; } = [];

    [BindProperty]
    public List<string> SelectedRoles { get; set; } = [];

    public string? Notice { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id) =>
        await LoadAsync(id) is { } user ? await ShowAsync(user, fromUser: true) : NotFound();

    public async Task<IActionResult> OnPostRolesAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id) is not { } user)
        {
            return NotFound();
        }

        var known = await roles.Roles.Select(r => r.Name!).ToListAsync(cancellationToken);
        var wanted = SelectedRoles.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Any(r => !known.Contains(r, StringComparer.Ordinal)))
        {
            return await FailAsync(user, "Choose roles from the list.");
        }

        if (IsSelf(user) && !wanted.Contains(StoreRoles.Administrator, StringComparer.Ordinal))
        {
            return await FailAsync(user, "You cannot remove your own Administrator role.");
        }

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(wanted, StringComparer.Ordinal));
        var added = removed.Succeeded ? await users.AddToRolesAsync(user, wanted.Except(current, StringComparer.Ordinal)) : removed;
        if (!added.Succeeded)
        {
            return await FailAsync(user, string.Join(" ", added.Errors.Select(e => e.Description)));
        }

        // A new stamp makes the change take effect at once: the user's sessions and tokens carry the old roles.
        await users.UpdateSecurityStampAsync(user);
        if (IsSelf(user))
        {
            await signIn.RefreshSignInAsync(user);
        }

        Notice = "Roles saved. The user signs in again to use them.";
        return await ShowAsync(user, fromUser: true);
    }

    public async Task<IActionResult> OnPostLockAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (IsSelf(user))
        {
            return await FailAsync(user, "You cannot lock your own account.");
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, AdminLock.Until);
        // A new stamp ends the user's cookies and access tokens now; refresh tokens are revoked too.
        await users.UpdateSecurityStampAsync(user);
        await refreshTokens.RevokeAllAsync(user.Id, cancellationToken);
        Notice = "The account is locked and signed out everywhere.";
        return await ShowAsync(user, fromUser: true);
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (await LoadAsync(id) is not { } user)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        Notice = "The account is unlocked.";
        return await ShowAsync(user, fromUser: true);
    }

    private bool IsSelf(User user) => users.GetUserId(User) == user.Id;

    private async Task<User?> LoadAsync(string id) => id.Length > 64 ? null : await users.FindByIdAsync(id);

    private async Task<IActionResult> ShowAsync(User user, bool fromUser)
    {
        Email = user.Email ?? string.Empty;
        DisplayName = user.DisplayName;
        EmailConfirmed = user.EmailConfirmed;
        CreatedUtc = user.CreatedUtc;
        LockoutEnd = user.LockoutEnd;
        LockedOut = user.LockoutEnd is { } end && end > time.GetUtcNow();
        AllRoles = await roles.Roles.OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync();
        if (fromUser)
        {
            SelectedRoles = [.. await users.GetRolesAsync(user)];
        }

        return Page();
    }

    private async Task<IActionResult> FailAsync(User user, string error)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await ShowAsync(user, fromUser: false);
    }
}
