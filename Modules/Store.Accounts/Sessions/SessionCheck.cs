using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Store.Accounts.Sessions;

/// <summary>
/// Refuses a cookie whose session was ended (sign-out, "sign out everywhere", ended from the session list)
/// or whose user's security stamp changed (password, email, admin lock, roles): one indexed read per checked
/// request, so a replayed cookie fails at once on every node. Anonymous pages the output cache serves and
/// anonymous GETs (assets, media, the sign-in pages) are not checked: they show nothing of the user.
/// Identity's own validator still runs every few minutes to refresh roles and names in the cookie.
/// </summary>
internal static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.Identity?.IsAuthenticated != true || !NeedsCheck(context.HttpContext))
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = context.Principal.FindFirst(claims.UserIdClaimType)?.Value;
        var key = SessionStore.KeyOf(context.Principal);
        // A cookie without a session key predates server-side sessions: it signs in again once.
        var alive = id is not null && key is not null && await services.GetRequiredService<SessionStore>()
            .IsAliveAsync(id, key, context.Principal.FindFirst(claims.SecurityStampClaimType)?.Value, context.HttpContext.RequestAborted);
        if (!alive)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>Keeps the session key when Identity's validator rebuilds the principal from the database.</summary>
    public static Task KeepSessionAsync(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal is { } current && SessionStore.KeyOf(current) is { } key && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
        {
            identity.AddClaim(new System.Security.Claims.Claim(SessionStore.ClaimType, key));
        }

        return Task.CompletedTask;
    }

    private static bool NeedsCheck(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            return true;
        }

        var metadata = http.GetEndpoint()?.Metadata;
        return metadata is null
            || (metadata.GetMetadata<IOutputCachePolicy>() is null && metadata.GetMetadata<OutputCacheAttribute>() is null && metadata.GetMetadata<IAllowAnonymous>() is null);
    }
}
