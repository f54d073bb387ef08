using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Store.Core.Assets;

internal static class StaticAssetEndpoints
{
    public static void MapStaticAssetEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/assets/{**path}", (string path, HttpContext http, StaticAssets assets) =>
        {
            if (assets.Find(path) is not { } asset)
            {
                return Results.NotFound();
            }

            var etag = new EntityTagHeaderValue($"\"{asset.Hash}\"");
            var headers = http.Response.GetTypedHeaders();
            headers.ETag = etag;
            // A URL that carries the current hash never changes: cache it for a year.
            var versioned = string.Equals(http.Request.Query["v"], asset.Hash, StringComparison.Ordinal);
            http.Response.Headers.CacheControl = versioned ? "public, max-age=31536000, immutable" : "public, max-age=300";

            var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
            if (ifNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false)))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            return Results.Bytes(asset.Content, asset.ContentType);
        }).AllowAnonymous();
}
