using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Store.Accounts.Users;

/// <summary>The user id of a cookie principal (<c>nameidentifier</c>) or of a bearer token (<c>sub</c>).</summary>
public static class CurrentUser
{
    public static string? IdOf(ClaimsPrincipal principal) =>
        principal.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? principal.FindFirst("sub")?.Value;

    /// <summary>The signed-in user, cookie or bearer alike (Identity's <c>GetUserAsync</c> reads the cookie's claim only).</summary>
    public static async Task<User?> FindAsync(this UserManager<User> users, ClaimsPrincipal principal) =>
        IdOf(principal) is { } id ? await users.FindByIdAsync(id) : null;
}
