using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Accounts.Admin;
using Store.Accounts.Audit;
using Store.Accounts.Consents;
using Store.Accounts.Privacy;
using Store.Accounts.Roles;
using Store.Accounts.Sessions;
using Store.Accounts.Users;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Accounts.Areas.Admin.Pages.Users;

/// <summary>
/// One user: assign roles, lock and unlock. Every change needs the administrator's password (or a sign-in
/// within the last minutes) and is audited. An administrator cannot lock themselves out nor drop their own
/// Administrator role, and the last administrator stays (<see cref="UserAccessChanges"/>). On a customer's
/// request staff download their data or erase the account (<see cref="AccountPrivacy"/>), both in the audit log.
/// </summary>
[RequirePermission("Accounts.ManageUsers")]
public sealed class EditModel(
    UserManager<User> users, SignInManager<User> signIn, RoleManager<Role> roles, Reauthentication reauthentication, UserAccessChanges changes, AccountPrivacy privacy,
    AuditLog audit, StoreDbContext db, TimeProvider time, ConsentLog consents, IStringLocalizer<EditModel> localizer) : PageModel
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

    /// <summary>The account was just erased: the page says so and offers no more changes.</summary>
    public bool Erased { get; private set; }

    public string? Error { get; private set; }

    /// <summary>Every consent the customer gave or withdrew, newest first.</summary>
    public IReadOnlyList<ConsentRecord> ConsentHistory { get; private set; } = [];

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
            return await FailAsync(user, localizer["Choose roles from the list."]);
        }

        if (IsSelf(user) && !wanted.Contains(StoreRoles.Administrator, StringComparer.Ordinal))
        {
            return await FailAsync(user, localizer["You cannot remove your own Administrator role."]);
        }

        if ((await ReauthenticateAsync(cancellationToken) ?? await changes.SetRolesAsync(HttpContext, user, wanted, cancellationToken)) is { } problem)
        {
            return await FailAsync(user, problem);
        }

        if (IsSelf(user))
        {
            await signIn.RefreshSignInAsync(user);
        }

        Notice = localizer["Roles saved. The user signs in again to use them."];
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
            return await FailAsync(user, localizer["You cannot lock your own account."]);
        }

        if ((await ReauthenticateAsync(cancellationToken) ?? await changes.LockAsync(HttpContext, user, cancellationToken)) is { } problem)
        {
            return await FailAsync(user, problem);
        }

        Notice = localizer["The account is locked and signed out everywhere."];
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
        Notice = localizer["The account is unlocked."];
        return await ShowAsync(user, fromUser: true);
    }

    public async Task<IActionResult> OnPostExportAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id) is not { } user)
        {
            return NotFound();
        }

        audit.Add(HttpContext, "Data exported", user.Id, user.Email, "at the customer's request");
        await db.SaveChangesAsync(cancellationToken);
        return File(await privacy.ExportFileAsync(user, cancellationToken), "application/json", $"data-{user.Id}-{time.GetUtcNow():yyyy-MM-dd}.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (IsSelf(user))
        {
            return await FailAsync(user, localizer["Erase your own account from your account page, not here."]);
        }

        if (await ReauthenticateAsync(cancellationToken) is { } problem)
        {
            return await FailAsync(user, problem);
        }

        // Saved by the erasure's own writes, in its transaction: the entry exists exactly when the erasure does.
        var entry = audit.Add(HttpContext, "Account erased", user.Id, user.Email, "at the customer's request");
        var erasure = await privacy.EraseAsync(user, cancellationToken);
        if (erasure.Refused is { } why)
        {
            db.Entry(entry).State = EntityState.Detached;
            return await FailAsync(user, why);
        }

        entry.Details = erasure.Deleted ? "deleted" : "anonymised; kept: " + string.Join(" ", erasure.Kept);
        entry.TargetEmail = user.Email ?? string.Empty;
        await db.SaveChangesAsync(cancellationToken);
        Erased = true;
        Notice = erasure.Deleted ? localizer["The account is deleted."] : localizer["The account is anonymised: {0}", string.Join(" ", erasure.Kept)];
        return await ShowAsync(user, fromUser: false);
    }

    private async Task<string?> ReauthenticateAsync(CancellationToken cancellationToken) =>
        await users.GetUserAsync(User) is { } me
            ? await reauthentication.ConfirmAsync(HttpContext, me, CurrentPassword, cancellationToken)
            : Reauthentication.Required;

    // The access rules answer in English for the API too; their answers are translated here for the admin.
    private string Translated(string problem) => problem switch
    {
        Reauthentication.Required => localizer["Enter your current password to confirm this change."],
        Reauthentication.Wrong => localizer["The current password is not correct."],
        UserAccessChanges.LastAdministrator => localizer["The shop must keep at least one administrator who can sign in: make someone else an administrator first."],
        _ => problem,
    };

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
        ConsentHistory = await consents.HistoryAsync(user.Id, HttpContext.RequestAborted);
        if (fromUser)
        {
            SelectedRoles = [.. await users.GetRolesAsync(user)];
        }

        return Page();
    }

    private async Task<IActionResult> FailAsync(User user, string error)
    {
        Error = Translated(error);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await ShowAsync(user, fromUser: false);
    }
}
