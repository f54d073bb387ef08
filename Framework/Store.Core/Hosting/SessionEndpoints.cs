using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Store.Core.Hosting;

internal static class SessionEndpoints
{
    public static void MapSessionEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/session", async (HttpContext http, IEnumerable<ISessionInfo> contributors) =>
        {
            var values = new Dictionary<string, object?>
            {
                ["signedIn"] = http.User.Identity?.IsAuthenticated == true,
                ["name"] = http.User.Identity?.Name,
            };
            foreach (var contributor in contributors)
            {
                await contributor.ContributeAsync(http, values);
            }

            http.Response.Headers.CacheControl = "no-store";
            return TypedResults.Ok(values);
        });
}
