using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Media;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>Image decoding runs under a memory budget: over it, an upload waits, then gets 503 with Retry-After, never an out-of-memory.</summary>
public sealed class MediaBudgetTests(MediaBudgetTests.ShortWaitApp app) : IClassFixture<MediaBudgetTests.ShortWaitApp>
{
    [Fact]
    public async Task An_upload_finding_the_budget_spent_gets_503_with_retry_after_and_succeeds_once_it_is_free()
    {
        var admin = await app.ApiAdminAsync();
        var images = app.Services.GetRequiredService<ImageProcessor>();
        var png = MediaUploadTests.Png(1200, 900);

        var held = await images.Budget.TryReserveAsync(images.Budget.Capacity, TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(held);
        HttpResponseMessage busy;
        using (held)
        {
            busy = await UploadAsync(admin, png);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), busy.Headers.RetryAfter?.Delta);
        Assert.Contains("Too many images are being processed", await busy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(admin, png)).StatusCode);
    }

    [Fact]
    public async Task Waiting_uploads_are_served_in_turn_when_memory_comes_back()
    {
        using var budget = new DecodeBudget(100);
        var first = await budget.TryReserveAsync(80, TimeSpan.Zero, CancellationToken.None);
        var waiting = budget.TryReserveAsync(50, TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.Null(await budget.TryReserveAsync(10, TimeSpan.Zero, CancellationToken.None));
        Assert.False(waiting.IsCompleted);

        first!.Dispose();

        using (var second = await waiting)
        {
            Assert.NotNull(second);
        }

        // Larger than the whole budget: it runs alone rather than never.
        using var alone = await budget.TryReserveAsync(1_000, TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(alone);
    }

    [Fact]
    public void The_cost_of_a_decode_counts_the_pixels_it_holds()
    {
        // A 6300 x 6300 PNG (the attack of issue 20): two full bitmaps plus the kept 2400 x 2400 copy.
        Assert.InRange(ImageProcessor.CostOf(6300, 6300, 116_000), 340_000_000, 345_000_000);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "big.png");
        return await client.PostAsync("/api/v1/media", form);
    }

    public sealed class ShortWaitApp : CatalogAppFactory
    {
        public ShortWaitApp() => Setting("Catalog:Media:DecodeWait", "00:00:01");
    }
}
