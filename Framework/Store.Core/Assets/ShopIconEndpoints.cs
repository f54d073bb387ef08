using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Store.Core.Sites;

namespace Store.Core.Assets;

/// <summary>
/// <c>/favicon.ico</c> (browsers ask for it whatever the page says) and <c>/manifest.webmanifest</c> (name and icons
/// for "add to home screen"), both from the theme's assets: <c>favicon.ico</c>, <c>icon-192.png</c>, <c>icon-512.png</c>.
/// </summary>
internal static class ShopIconEndpoints
{
    public static void MapShopIconEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/favicon.ico", (HttpContext http, StaticAssets assets) =>
        {
            if (assets.Find("favicon.ico") is not { } icon)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Bytes(icon.Content, "image/x-icon");
        }).AllowAnonymous();

        endpoints.MapGet("/manifest.webmanifest", async (HttpContext http, StaticAssets assets, SiteState state) =>
        {
            var site = await state.GetAsync(http.RequestAborted);
            var name = site?.Name ?? "Store";
            var manifest = new
            {
                name,
                short_name = name.Length <= 12 ? name : name[..12],
                start_url = "/",
                display = "standalone",
                background_color = "#ffffff",
                theme_color = "#0f6b5c",
                icons = new[] { ("icon-192.png", "192x192"), ("icon-512.png", "512x512") }
                    .Where(i => assets.Find(i.Item1) is not null)
                    .Select(i => new { src = assets.UrlOf(i.Item1), sizes = i.Item2, type = "image/png" }),
            };
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(JsonSerializer.Serialize(manifest), "application/manifest+json");
        }).AllowAnonymous();
    }
}
