using System.Net;
using Store.Tests.Infrastructure;

namespace Store.Tests.Foundation;

public sealed class StorefrontPagesTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    [Fact]
    public async Task Home_page_is_rendered_through_the_theme_layout()
    {
        var response = await app.Browser().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Welcome · Test shop</title>", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"brand\" href=\"/\">Test shop</a>", html, StringComparison.Ordinal);
        Assert.Matches("href=\"/assets/site.css\\?v=[0-9a-f]{12}\"", html);
    }

    [Fact]
    public async Task Unknown_page_answers_404_with_the_themed_page_and_no_internals()
    {
        var response = await app.Browser().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("class=\"site-header\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_api_path_answers_problem_details()
    {
        var response = await app.Browser().GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":404", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoints_answer_when_the_database_does()
    {
        var client = app.Browser();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Assets_carry_a_validator_and_a_long_lifetime_when_versioned()
    {
        var client = app.Browser();
        var html = await client.GetStringAsync("/");
        var url = System.Text.RegularExpressions.Regex.Match(html, "/assets/site.css\\?v=[0-9a-f]+").Value;

        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/assets/missing.css")).StatusCode);
    }
}
