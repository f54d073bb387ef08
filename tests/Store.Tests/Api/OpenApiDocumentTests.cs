using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Store.Tests.Infrastructure;

namespace Store.Tests.Api;

/// <summary>
/// <c>/openapi/v1.json</c> describes every mapped <c>/api/v1</c> route and validates; <c>/api/docs</c> serves the
/// interactive reference from the shop itself under a policy with no remote source.
/// </summary>
public sealed partial class OpenApiDocumentTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    private async Task<OpenApiDocument> DocumentAsync()
    {
        var response = await app.Browser().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        var settings = new OpenApiReaderSettings();
        var read = OpenApiDocument.Parse(json, "json", settings);
        Assert.True(read.Diagnostic?.Errors.Count is null or 0, string.Join("\n", read.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []));
        return read.Document!;
    }

    [Fact]
    public async Task The_document_parses_and_validates()
    {
        var document = await DocumentAsync();
        var errors = document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];

        Assert.Empty(errors.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Equal("Store API", document.Info.Title);
        Assert.Equal(SecuritySchemeType.Http, document.Components!.SecuritySchemes!["Bearer"].Type);
    }

    [Fact]
    public async Task Every_mapped_api_route_is_in_the_document()
    {
        var document = await DocumentAsync();
        var documented = document.Paths
            .SelectMany(p => p.Value.Operations!.Keys.Select(m => $"{m.Method.ToUpperInvariant()} {Normalize(p.Key)}"))
            .ToHashSet(StringComparer.Ordinal);
        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText?.TrimStart('/')).StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {Normalize(e.RoutePattern.RawText!)}"))
            .ToList();

        Assert.True(mapped.Count > 20, $"only {mapped.Count} API routes found");
        var missing = mapped.Where(route => !documented.Contains(route)).ToList();
        Assert.True(missing.Count == 0, "not in the document: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Secured_operations_name_the_bearer_scheme_and_their_problems()
    {
        var document = await DocumentAsync();
        var create = document.Paths.Single(p => p.Key.TrimEnd('/') == "/api/v1/products").Value.Operations![HttpMethod.Post];

        Assert.Contains(create.Security!, requirement => requirement.Keys.Any(k => k.Reference.Id == "Bearer"));
        Assert.True(create.Responses!.ContainsKey("201"));
        foreach (var status in new[] { "400", "401", "403", "429" })
        {
            Assert.True(create.Responses.ContainsKey(status), $"POST /api/v1/products has no {status} response");
        }

        Assert.True(create.RequestBody?.Content?.ContainsKey("application/json"), "POST /api/v1/products has no JSON request schema");
    }

    [Fact]
    public async Task Every_operation_has_a_summary_and_its_module_as_tag()
    {
        var document = await DocumentAsync();
        var modules = app.Services.GetRequiredService<Store.Core.Modules.ModuleCatalog>().Modules.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var operations = document.Paths.SelectMany(p => p.Value.Operations!.Select(o => (Route: $"{o.Key.Method} {p.Key}", Operation: o.Value))).ToList();

        var unsummarised = operations.Where(o => string.IsNullOrWhiteSpace(o.Operation.Summary)).Select(o => o.Route).ToList();
        Assert.True(unsummarised.Count == 0, "no summary: " + string.Join(", ", unsummarised));
        var untagged = operations.Where(o => o.Operation.Tags is not { Count: 1 } || !modules.Contains(o.Operation.Tags.Single().Name!)).Select(o => o.Route).ToList();
        Assert.True(untagged.Count == 0, "not tagged with its module: " + string.Join(", ", untagged));
        Assert.Subset(modules, document.Tags!.Select(t => t.Name!).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Writes_that_take_a_body_show_an_example_a_client_can_send()
    {
        var document = await DocumentAsync();
        var register = document.Paths["/api/v1/account/register"].Operations![HttpMethod.Post].RequestBody!.Content!["application/json"].Example;
        Assert.Equal("ada@example.com", register?["email"]?.GetValue<string>());

        var withBody = document.Paths.SelectMany(p => p.Value.Operations!.Select(o => (Route: $"{o.Key.Method} {p.Key}", Operation: o.Value)))
            .Where(o => o.Operation.RequestBody?.Content?.ContainsKey("application/json") == true).ToList();
        var withoutExample = withBody.Where(o => o.Operation.RequestBody!.Content!["application/json"].Example is null).Select(o => o.Route).ToList();
        Assert.True(withoutExample.Count == 0, "JSON body without an example: " + string.Join(", ", withoutExample));
    }

    [Fact]
    public async Task The_reference_page_is_served_by_the_shop_under_a_policy_with_no_remote_source()
    {
        var client = app.CreateClient();
        var page = await client.GetAsync("/api/docs/");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("http", policy, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("unsafe-inline' ;", policy.Split("script-src")[1].Split(';')[0] + " ;", StringComparison.Ordinal);
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9_-]+'", policy);
        foreach (Match script in ScriptSource().Matches(html))
        {
            var src = script.Groups[1].Value;
            Assert.False(src.StartsWith("http", StringComparison.OrdinalIgnoreCase) || src.StartsWith("//", StringComparison.Ordinal), $"script from another origin: {src}");
            var asset = await client.GetAsync(new Uri(new Uri("http://localhost/api/docs/"), src));
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }

        Assert.NotEmpty(ScriptSource().Matches(html));
    }

    // Parameter names and constraints left out: OpenAPI keeps one of two paths that differ only there
    // (/products/{id:int} and /products/{slug}). A trailing slash is kept by neither side.
    private static string Normalize(string pattern) => "/" + Constraint().Replace(pattern, "{}").Trim('/');

    [GeneratedRegex("\\{([A-Za-z0-9_]+)(?::[^}]*)?\\??\\}")]
    private static partial Regex Constraint();

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
