using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Store.Accounts.ApiClients;
using Store.Accounts.Users;
using Store.Core.Api;

namespace Store.Accounts.Tokens;

/// <summary>
/// The API's bearer scheme beside Identity's cookie. Cookies stay the default scheme for pages; API groups
/// (<see cref="ApiGroups.MapApiGroup"/>) authenticate with this scheme only, so a cookie never authenticates an API call.
/// </summary>
internal static class JwtBearerSetup
{
    public const string Scheme = ApiAuthentication.Scheme;

    public static void AddStoreJwtBearer(this IServiceCollection services)
    {
        services.AddSingleton<JwtSigningKey>();
        services.AddScoped<AccessTokens>();
        services.AddScoped<RefreshTokens>();
        services.AddAuthentication().AddJwtBearer(Scheme);
        services.AddOptions<JwtBearerOptions>(Scheme).Configure<JwtSigningKey, TimeProvider>((options, key, time) =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = JwtSigningKey.Issuer,
                ValidAudience = JwtSigningKey.Audience,
                IssuerSigningKey = key.Key,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                NameClaimType = "name",
                RoleClaimType = "role",
                // The shop's clock (TimeProvider) decides expiry, the same clock that issued the token.
                LifetimeValidator = (notBefore, expires, _, _) =>
                {
                    var now = time.GetUtcNow().UtcDateTime;
                    return expires is { } end && now < end && (notBefore is not { } start || start <= now.AddSeconds(30));
                },
            };
            options.Events = new JwtBearerEvents { OnTokenValidated = CheckStampAsync };
        });
    }

    // A changed password (or an admin lock) renews the stamp; tokens issued before stop working at once.
    // A client token stops when its client is revoked or expires.
    private static async Task CheckStampAsync(TokenValidatedContext context)
    {
        if (context.Principal?.FindFirst(ApiAuthentication.ClientIdClaim)?.Value is { } clientId)
        {
            if (!await context.HttpContext.RequestServices.GetRequiredService<ApiClientStore>().IsActiveAsync(clientId, context.HttpContext.RequestAborted))
            {
                context.Fail("The API client has been revoked or has expired.");
            }

            return;
        }

        var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<User>>();
        var id = context.Principal?.FindFirst("sub")?.Value;
        var user = id is null ? null : await users.FindByIdAsync(id);
        if (user is null || user.SecurityStamp != context.Principal!.FindFirst(AccessTokens.StampClaim)?.Value || await users.IsLockedOutAsync(user))
        {
            context.Fail("The token has been revoked.");
        }
    }
}
