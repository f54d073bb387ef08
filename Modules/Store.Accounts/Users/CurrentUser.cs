using System.Security.Claims;

namespace Store.Accounts.Users;

/// <summary>The user id of a cookie principal (<c>nameidentifier</c>) or of a bearer token (<c>sub</c>).</summary>
public static class CurrentUser
{
    public static string? IdOf(ClaimsPrincipal principal) =>
        principal.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? principal.FindFirst("sub")?.Value;
}
