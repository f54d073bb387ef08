using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Admin;
using Store.Accounts.Roles;
using Store.Accounts.Sessions;
using Store.Accounts.Users;
using Store.Core.Security;

namespace Store.Accounts.Areas.Admin.Pages.Users;

/// <summary>
/// One user: assign roles, lock and unlock. Every change needs the administrator's password (or a sign-in
/// within the last minutes) and is audited. An administrator cannot lock themselves out nor drop their own
/// Administrator role, and the last administrator stays (<see cref="UserAccessChanges"/>).
/// </summary>
[RequirePermission("Accounts.ManageUsers")]
public sealed class EditModel(UserManager<User> users, SignInManager<User> signIn, RoleManager<Role> roles, Reauthentication reauthentication, UserAccessChanges changes, TimeProvider time) : PageModel
{
    public string Email { get; private set; } = string.Empty;

    public string DisplayName { get; private set; } = string.Empty;

    public bool EmailConfirmed { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public bool LockedOut { get; private set; }

    public DateTimeOffset? LockoutEnd { get; private set; }

    public IReadOnlyList<string> AllRoles { get; private set; } = [];

    /// <summary>False within a few minutes of entering the password: the forms then ask for it no more.</summary>
    public bool NeedsPassword { get; private set; }

    [BindProperty]
    public List<string> SelectedRoles { get; set; } = [];

    [BindProperty]
    public string? CurrentPassword { get; set; }

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

        if ((await ReauthenticateAsync(cancellationToken) ?? await changes.SetRolesAsync(HttpContext, user, wanted, cancellationToken)) is { } problem)
        {
            return await FailAsync(user, problem);
        }

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

        if ((await ReauthenticateAsync(cancellationToken) ?? await changes.LockAsync(HttpContext, user, cancellationToken)) is { } problem)
        {
            return await FailAsync(user, problem);
        }

        Notice = "The account is locked and signed out everywhere.";
        return await ShowAsync(user, fromUser: true);
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (await ReauthenticateAsync(cancellationToken) is { } problem)
        {
            return await FailAsync(user, problem);
        }

        await changes.UnlockAsync(HttpContext, user);
        Notice = "The account is unlocked.";
        return await ShowAsync(user, fromUser: true);
    }

    private async Task<string?> ReauthenticateAsync(CancellationToken cancellationToken) =>
        await users.GetUserAsync(User) is { } me
            ? await reauthentication.ConfirmAsync(HttpContext, me, CurrentPassword, cancellationToken)
            : Reauthentication.Required;

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
        NeedsPassword = !await reauthentication.IsRecentAsync(HttpContext, HttpContext.RequestAborted);
        CurrentPassword = null;
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
