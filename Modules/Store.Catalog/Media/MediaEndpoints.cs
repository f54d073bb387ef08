using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Store.Catalog.Media;

internal static class MediaEndpoints
{
    public static void MapMediaEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/media/{variant}/{key}", async Task<Results<FileStreamHttpResult, NotFound>> (string variant, string key, HttpContext http, ImageProcessor images) =>
        {
            if (!Enum.TryParse<MediaVariant>(variant, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) ||
                !string.Equals(variant, kind.ToString(), StringComparison.OrdinalIgnoreCase) || !MediaUrls.IsKey(key))
            {
                return TypedResults.NotFound();
            }

            var stream = await images.OpenAsync(key, kind, http.RequestAborted);
            if (stream is null)
            {
                return TypedResults.NotFound();
            }

            // The key is the content's hash: the bytes behind a URL never change.
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            var etag = new EntityTagHeaderValue($"\"{Path.GetFileNameWithoutExtension(key)}-{kind.ToString().ToLowerInvariant()}\"");
            return TypedResults.Stream(stream, MediaUrls.ContentType(key), entityTag: etag);
        }).AllowAnonymous();
}
