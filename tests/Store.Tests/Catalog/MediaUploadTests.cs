using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SkiaSharp;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>Uploads are judged by their content: images are re-encoded, everything else is refused with a reason.</summary>
public sealed class MediaUploadTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string contentType)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await client.PostAsync("/api/v1/media", form);
    }

    private static async Task<string> ErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return json.GetProperty("errors").GetProperty("file")[0].GetString()!;
    }

    internal static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.CornflowerBlue);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    [Fact]
    public async Task A_png_is_stored_re_encoded_without_its_metadata_and_resized_on_request()
    {
        var admin = await app.ApiAdminAsync();
        var png = PngChunks.WithText(Png(900, 600), "Comment", "secret-location-52.1N");

        var response = await UploadAsync(admin, png, "photo.png", "image/png");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var key = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("key").GetString()!;
        Assert.Matches("^[0-9a-f]{32}\\.png$", key);

        var original = await admin.GetByteArrayAsync($"/media/original/{key}");
        Assert.DoesNotContain("secret-location", Encoding.Latin1.GetString(original), StringComparison.Ordinal);
        using var thumb = SKBitmap.Decode(await admin.GetByteArrayAsync($"/media/thumb/{key}"));
        Assert.Equal(160, thumb.Width);
        Assert.Equal(107, thumb.Height);
        Assert.True(File.Exists(Path.Combine(app.MediaRoot, key.Replace(".png", "-thumb.png", StringComparison.Ordinal))), "the variant is kept for the next request");
    }

    [Fact]
    public async Task A_sideways_phone_photo_is_stored_upright_without_its_exif()
    {
        var admin = await app.ApiAdminAsync();
        using var bitmap = new SKBitmap(300, 200);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(new SKRect(0, 0, 60, 60), red);
        }

        using var image = SKImage.FromBitmap(bitmap);
        // Orientation 6: the camera stored the picture turned; it is shown rotated 90 degrees clockwise.
        var photo = ExifJpeg.WithOrientation(image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray(), 6);

        var response = await UploadAsync(admin, photo, "IMG_0001.JPG", "image/jpeg");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var key = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("key").GetString()!;
        var stored = await admin.GetByteArrayAsync($"/media/original/{key}");
        using var upright = SKBitmap.Decode(stored);
        Assert.Equal((200, 300), (upright.Width, upright.Height));
        // The red corner was top-left as stored; turned clockwise it is top-right.
        Assert.True(upright.GetPixel(190, 10).Red > 200 && upright.GetPixel(190, 10).Green < 80, "the red corner moved to the top right");
        Assert.DoesNotContain("Exif", Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_webp_is_accepted_as_webp()
    {
        var admin = await app.ApiAdminAsync();
        using var bitmap = new SKBitmap(64, 64);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Gold);
        }

        using var image = SKImage.FromBitmap(bitmap);
        var response = await UploadAsync(admin, image.Encode(SKEncodedImageFormat.Webp, 80).ToArray(), "gold.webp", "image/webp");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var key = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("key").GetString()!;
        Assert.EndsWith(".webp", key, StringComparison.Ordinal);
        Assert.Equal("image/webp", (await admin.GetAsync($"/media/card/{key}")).Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_renamed_executable_is_refused()
    {
        var admin = await app.ApiAdminAsync();
        var exe = new byte[4096];
        "MZ\u0090\0"u8.ToArray().CopyTo(exe, 0);

        var message = await ErrorAsync(await UploadAsync(admin, exe, "holiday.jpg", "image/jpeg"));
        Assert.Equal("This file is not a JPEG, PNG or WebP image.", message);
    }

    [Fact]
    public async Task An_svg_is_refused_with_the_reason()
    {
        var admin = await app.ApiAdminAsync();
        var svg = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

        var message = await ErrorAsync(await UploadAsync(admin, svg, "logo.png", "image/png"));
        Assert.Contains("SVG images are not accepted", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_file_is_refused()
    {
        var admin = await app.ApiAdminAsync();
        var big = new byte[6 * 1024 * 1024];
        new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }.CopyTo(big, 0);

        var message = await ErrorAsync(await UploadAsync(admin, big, "big.jpg", "image/jpeg"));
        Assert.Contains("too large", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_image_is_refused()
    {
        var admin = await app.ApiAdminAsync();
        var broken = new byte[2048];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(broken, 0);

        var message = await ErrorAsync(await UploadAsync(admin, broken, "broken.png", "image/png"));
        Assert.Contains("could not be read", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploads_need_the_permission()
    {
        var response = await UploadAsync(app.Browser(), Png(10, 10), "a.png", "image/png");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
