using System.Net;
using Store.Tests.Infrastructure;

namespace Store.Tests.Foundation;

/// <summary>Every kind of response carries the security headers; HSTS only over HTTPS outside Development.</summary>
public sealed class SecurityHeadersTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    public static TheoryData<string> Paths => new() { "/", "/account/login", "/admin/login", "/no/such/page", "/api/v1/products", "/api/v1/nothing-here", "/health/live" };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Responses_carry_the_security_headers(string path)
    {
        var response = await app.Browser().GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.DoesNotMatch("script-src[^;]*unsafe-inline", policy);
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_in_production()
    {
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://shop.example/") });
        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }
}
