using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace Store.Core.Security;

public static class PermissionExtensions
{
    /// <summary>Guards a minimal API endpoint or group with a permission.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(permission.PolicyName);

    public static async Task<bool> HasPermissionAsync(this IAuthorizationService authorization, ClaimsPrincipal user, string permission) =>
        (await authorization.AuthorizeAsync(user, Permission.PolicyPrefix + permission)).Succeeded;
}
