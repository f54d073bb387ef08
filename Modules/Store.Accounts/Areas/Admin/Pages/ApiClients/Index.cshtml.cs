using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Store.Accounts.ApiClients;
using Store.Accounts.Audit;
using Store.Accounts.Sessions;
using Store.Accounts.Users;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Accounts.Areas.Admin.Pages.ApiClients;

/// <summary>
/// The Administrator's API clients: create one (its secret is shown on this answer only), see when each was last
/// used, revoke. Creating one hands out access, so it needs the current password (Reauthentication); both
/// changes are written to the audit log.
/// </summary>
[RequirePermission("Accounts.ManageApiClients")]
public sealed class IndexModel(ApiClientStore store, UserManager<User> users, Reauthentication reauthentication, AuditLog audit, StoreDbContext db, TimeProvider time, IStringLocalizer<IndexModel> localizer) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    public bool NeedsPassword { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<string> Scopes { get; set; } = [];

    [BindProperty]
    public string? Expires { get; set; }

    public IReadOnlyList<ApiClient> Clients { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public ApiClient? Created { get; private set; }

    public string? CreatedSecret { get; private set; }

    public string? Notice { get; private set; }

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Clients = await store.ListAsync(cancellationToken);
        NeedsPassword = !await reauthentication.IsRecentAsync(HttpContext, cancellationToken);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        DateOnly? expires = null;
        var errors = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(Expires))
        {
            if (DateOnly.TryParseExact(Expires, "yyyy-MM-dd", out var day))
            {
                expires = day;
            }
            else
            {
                errors["Expires"] = localizer["Enter the day as YYYY-MM-DD, or leave it empty for no expiry."];
            }
        }

        if (errors.Count == 0 && await ReauthenticateAsync(cancellationToken) is { } problem)
        {
            errors["CurrentPassword"] = problem == Reauthentication.Required ? localizer["Enter your current password to confirm this change."] : problem == Reauthentication.Wrong ? localizer["The current password is not correct."] : problem;
        }

        if (errors.Count == 0)
        {
            // Saved by CreateAsync together with the client, or not at all when the input is refused.
            var entry = audit.Add(HttpContext, "api-client.create", null, null, $"{Name} ({string.Join(", ", Scopes)})");
            (errors, Created, CreatedSecret) = await store.CreateAsync(Name, Scopes, expires, cancellationToken);
            if (errors.Count > 0)
            {
                db.Remove(entry);
            }
        }

        Errors = errors;
        Clients = await store.ListAsync(cancellationToken);
        NeedsPassword = !await reauthentication.IsRecentAsync(HttpContext, cancellationToken);
        CurrentPassword = null;
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            Name = null;
            Scopes = [];
            Expires = null;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        var revoked = await store.RevokeAsync(id, cancellationToken);
        if (revoked)
        {
            audit.Add(HttpContext, "api-client.revoke", id.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
            await db.SaveChangesAsync(cancellationToken);
        }

        NeedsPassword = !await reauthentication.IsRecentAsync(HttpContext, cancellationToken);
        Clients = await store.ListAsync(cancellationToken);
        Notice = revoked ? localizer["The client is revoked: its tokens stop working at their next request."].Value : null;
        return revoked ? Page() : NotFound();
    }

    private async Task<string?> ReauthenticateAsync(CancellationToken cancellationToken) =>
        await users.GetUserAsync(User) is { } me
            ? await reauthentication.ConfirmAsync(HttpContext, me, CurrentPassword, cancellationToken)
            : Reauthentication.Required;

    public string? Err(string field) => Errors.TryGetValue(field, out var message) ? message : null;

    public string Status(ApiClient client) =>
        client.RevokedUtc is { } revoked ? localizer["Revoked {0}", revoked.ToString("g", System.Globalization.CultureInfo.CurrentCulture)]
        : client.ExpiresUtc is { } end && end <= Now ? localizer["Expired {0}", end.ToString("d", System.Globalization.CultureInfo.CurrentCulture)]
        : localizer["Active"];
}
