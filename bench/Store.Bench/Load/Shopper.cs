using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Store.Tests.Infrastructure;

namespace Store.Bench.Load;

/// <summary>
/// A guest buying over real HTTP, as the JSON API and the payment pages offer it: a cart with one unit, the guest
/// order (Idempotency-Key), then paying on the offline provider's page (antiforgery forms, like a browser).
/// </summary>
internal sealed class Shopper : IDisposable
{
    private static readonly object Address = new { fullName = "Load Shopper", line1 = "1 Bench Street", city = "Lyon", postalCode = "69001", country = "FR" };
    private readonly HttpClient _client;

    public Shopper(string shopUrl)
    {
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(shopUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    /// <summary>One unit of <paramref name="variantId"/> in a new cart: its <c>cartToken</c>.</summary>
    public async Task<string> AddToCartAsync(int variantId)
    {
        using var response = await _client.PostAsJsonAsync("/api/v1/cart/items", new { variantId, quantity = 1 });
        await EnsureAsync(response, "add to cart");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("cartToken").GetString()!;
    }

    /// <summary>The guest order of that cart: its signed token, or null when the shop refused it (409: out of stock).</summary>
    public async Task<(string? Token, TimeSpan Took)> PlaceAsync(string cartToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/guest/orders")
        {
            Content = JsonContent.Create(new { email = $"load-{Guid.NewGuid():n}@example.com", address = Address }),
        };
        request.Headers.Add("Cart-Token", cartToken);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("n"));
        var clock = Stopwatch.StartNew();
        using var response = await _client.SendAsync(request);
        var took = clock.Elapsed;
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return (null, took);
        }

        await EnsureAsync(response, "place the order");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("token").GetString()!, took);
    }

    /// <summary>"Pay now" on the guest's order page, then "Pay" on the offline provider's page.</summary>
    public async Task PayAsync(string orderToken)
    {
        using var start = await _client.SubmitAsync($"/order/{orderToken}", new Dictionary<string, string>(), $"/order/{orderToken}/pay");
        var payment = start.Headers.Location ?? throw new InvalidOperationException($"Pay now answered {(int)start.StatusCode}, not a redirect.");
        var page = payment.OriginalString;
        var query = page.Contains('?', StringComparison.Ordinal) ? page[page.IndexOf('?', StringComparison.Ordinal)..] : "";
        var path = query.Length > 0 ? page[..page.IndexOf('?', StringComparison.Ordinal)] : page;
        using var paid = await _client.SubmitAsync(page, new Dictionary<string, string>(), $"{path.TrimEnd('/')}/pay{query}");
        if (paid.StatusCode != HttpStatusCode.Redirect || paid.Headers.Location?.OriginalString.Contains("success", StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"Pay answered {(int)paid.StatusCode} {paid.Headers.Location}.");
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>An administrator's bearer token for the catalog API.</summary>
    public static async Task<HttpClient> AdminAsync(string shopUrl, string email, string password)
    {
        var client = new HttpClient { BaseAddress = new Uri(shopUrl) };
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        await EnsureAsync(response, "sign in as the administrator");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Could not {what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
