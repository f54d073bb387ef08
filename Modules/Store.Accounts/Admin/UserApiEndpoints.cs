using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Store.Core.Api;

namespace Store.Accounts.Admin;

internal static class UserApiEndpoints
{
    /// <summary><c>GET /api/v1/admin/users?q=&amp;role=&amp;page=</c>; the group requires <see cref="AccountsPermissions.ManageUsers"/>.</summary>
    public static void MapUserApiEndpoints(this IEndpointRouteBuilder admin) =>
        admin.MapGet("/users", async Task<Results<Ok<UserPage>, ValidationProblem>> (string? q, string? role, int? page, UserDirectory directory, CancellationToken cancellationToken) =>
        {
            if (q?.Length > 256 || role?.Length > 256 || page is < 1 or > 100_000)
            {
                return ApiProblems.Validation(new Dictionary<string, string> { [q?.Length > 256 ? "Q" : role?.Length > 256 ? "Role" : "Page"] = "The value is out of range." });
            }

            return TypedResults.Ok(await directory.SearchAsync(q, role, page ?? 1, cancellationToken));
        })
            .WithSummary("Staff: users, searched by email or name (q) and filtered by role, 20 a page");
}
