using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Store.Core.Hosting;

internal static class HomeEndpoints
{
    public static void MapHomeEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/", () => Liquid.Liquid.Page("Home/Index"));
}
