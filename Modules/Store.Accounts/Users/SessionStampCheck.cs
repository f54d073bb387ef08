using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Store.Core.Data;

namespace Store.Accounts.Users;

/// <summary>
/// Ends a cookie session as soon as the user's security stamp changes (password changed or reset, email
/// changed, account locked by an admin): one primary-key read per signed-in request. Identity's own
/// validator still runs every few minutes to refresh roles and names in the cookie, which costs several
/// queries and a new cookie, too much for every request.
/// </summary>
internal static class SessionStampCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal?.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = context.Principal.FindFirst(claims.UserIdClaimType)?.Value;
        var stamp = context.Principal.FindFirst(claims.SecurityStampClaimType)?.Value;
        var current = id is null ? null : await services.GetRequiredService<StoreDbContext>().Set<User>()
            .Where(u => u.Id == id).Select(u => new { u.SecurityStamp }).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is null || current.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
