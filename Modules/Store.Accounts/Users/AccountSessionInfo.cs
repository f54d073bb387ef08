using Microsoft.AspNetCore.Http;
using Store.Core.Hosting;

namespace Store.Accounts.Users;

/// <summary>Gives <c>GET /session</c> the signed-in user's display name for the header's account link.</summary>
internal sealed class AccountSessionInfo : ISessionInfo
{
    public Task ContributeAsync(HttpContext http, IDictionary<string, object?> values)
    {
        if (http.User.FindFirst(StoreClaimsPrincipalFactory.DisplayNameClaim)?.Value is { } name)
        {
            values["name"] = name;
        }

        return Task.CompletedTask;
    }
}
