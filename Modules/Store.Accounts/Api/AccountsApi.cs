using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Addresses;
using Store.Accounts.Admin;
using Store.Accounts.ApiClients;
using Store.Accounts.Privacy;
using Store.Accounts.Profile;
using Store.Accounts.Registration;
using Store.Accounts.Tokens;
using Store.Core.Api;
using Store.Core.RateLimits;
using Store.Core.Security;

namespace Store.Accounts.Api;

/// <summary>The accounts part of <c>/api/v1</c>: anonymous endpoints to register and get, refresh or revoke tokens; signed-in endpoints for the rest.</summary>
internal static class AccountsApi
{
    public static void MapAccountsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapApiGroup(ApiGroups.Prefix);
        var signIn = api.MapGroup("").RequireSignInRateLimit();
        signIn.MapRegistrationApiEndpoints();
        signIn.MapTokenEndpoints();
        signIn.MapClientTokenEndpoints();

        var signedIn = api.MapGroup("").RequireSignedIn();
        signedIn.MapProfileApiEndpoints();
        signedIn.MapAddressApiEndpoints();
        signedIn.MapPrivacyApiEndpoints();
        api.MapGroup("/admin").RequirePermission(AccountsPermissions.ManageUsers).MapUserApiEndpoints();
    }
}
