using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Store.Accounts.Users;

namespace Store.Accounts.Tokens;

/// <summary>
/// Short-lived JWT access tokens carrying the user's roles and permissions (the same claims the cookie
/// carries) and the security stamp, which the bearer handler checks so a password change ends them too.
/// </summary>
public sealed class AccessTokens(JwtSigningKey key, IUserClaimsPrincipalFactory<User> principals, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const string StampClaim = "stamp";

    public async Task<string> CreateAsync(User user)
    {
        var principal = await principals.CreateAsync(user);
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = user.Id,
            [JwtRegisteredClaimNames.Email] = user.Email ?? string.Empty,
            [JwtRegisteredClaimNames.Name] = user.DisplayName,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("n"),
            [StampClaim] = user.SecurityStamp ?? string.Empty,
            ["role"] = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray(),
            [Store.Core.Security.Permission.ClaimType] = principal.FindAll(Store.Core.Security.Permission.ClaimType).Select(c => c.Value).Distinct().ToArray(),
        };
        return Sign(claims);
    }

    /// <summary>A client-credentials token: the client's id and scopes, and the permissions those scopes grant.</summary>
    public string CreateForClient(string clientId, IEnumerable<string> scopes, IEnumerable<string> permissions) => Sign(new Dictionary<string, object>
    {
        [JwtRegisteredClaimNames.Sub] = "client:" + clientId,
        [Store.Core.Api.ApiAuthentication.ClientIdClaim] = clientId,
        [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("n"),
        ["scope"] = string.Join(' ', scopes),
        [Store.Core.Security.Permission.ClaimType] = permissions.Distinct().ToArray(),
    });

    private string Sign(Dictionary<string, object> claims)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = JwtSigningKey.Issuer,
            Audience = JwtSigningKey.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        });
    }
}
