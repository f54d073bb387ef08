using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Api;
using Store.Core.Security;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.Tests.Api;

/// <summary>
/// The whole <c>/api/v1</c> surface, read from the routing table so an endpoint added later is checked too:
/// bearer tokens only (a signed-in cookie gets 401), permissions enforced (403), problem details alike.
/// </summary>
public sealed partial class ApiSurfaceTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    // Writes anyone may call: they are how a client gets a token or an account in the first place.
    private static readonly string[] AnonymousWrites =
    [
        "POST /api/v1/account/register", "POST /api/v1/auth/token", "POST /api/v1/auth/refresh", "POST /api/v1/auth/revoke", "POST /api/v1/auth/client-token",

        // An anonymous API client keeps a cart through its Cart-Token header (Modules/Store.Cart/README.md).
        "POST /api/v1/cart/items", "PUT /api/v1/cart/items/{variantId:int}", "DELETE /api/v1/cart/items/{variantId:int}", "DELETE /api/v1/cart",
        "POST /api/v1/cart/coupon", "DELETE /api/v1/cart/coupon",

        // A guest buys with that cart, and then acts on the order through its signed token; anyone may withdraw from a
        // contract by order number and email, as the EU withdrawal function requires (Modules/Store.Orders/README.md).
        "POST /api/v1/guest/orders", "POST /api/v1/guest/orders/{token}/returns", "POST /api/v1/withdrawals",
    ];

    private sealed record ApiRoute(string Method, string Pattern, string? Permission, bool SignedIn, bool IsApiGroup, bool TakesForm)
    {
        public string Path => Placeholder().Replace(Pattern, m => m.Value.Contains(":int", StringComparison.Ordinal) ? "999999" : "nothing-here");

        public override string ToString() => $"{Method} {Pattern}";
    }

    // What the authorization middleware evaluates: the endpoint's attributes and policies combined.
    private async Task<List<ApiRoute>> RoutesAsync()
    {
        var provider = app.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var routes = new List<ApiRoute>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText?.TrimStart('/').TrimEnd('/');
            if (!pattern.StartsWith("/api/v1/", StringComparison.Ordinal))
            {
                continue;
            }

            var policy = await AuthorizationPolicy.CombineAsync(provider, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
            var permission = policy?.Requirements.OfType<PermissionRequirement>().SingleOrDefault()?.Permission;
            var signedIn = policy?.Requirements.OfType<DenyAnonymousAuthorizationRequirement>().Any() == true;
            Assert.True(policy is null || policy.AuthenticationSchemes.SequenceEqual([ApiAuthentication.Scheme]), $"{pattern} authenticates with {string.Join(", ", policy?.AuthenticationSchemes ?? [])}.");
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            {
                var takesForm = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("multipart/form-data") == true;
                routes.Add(new ApiRoute(method, pattern, permission, signedIn, endpoint.Metadata.GetMetadata<ApiEndpoint>() is not null, takesForm));
            }
        }

        return routes;
    }

    private static bool IsWrite(ApiRoute route) => route.Method is "POST" or "PUT" or "PATCH" or "DELETE";

    // A body of the kind the endpoint accepts (routing answers 415 to another kind before authorization runs).
    private static Task<HttpResponseMessage> SendAsync(HttpClient client, ApiRoute route) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(route.Method), route.Path)
        {
            Content = route.Method == "DELETE" ? null : route.TakesForm ? new MultipartFormDataContent { { new StringContent("x"), "note" } } : JsonContent.Create(new { }),
        });

    [Fact]
    public async Task Every_api_route_is_mapped_through_the_api_group_and_every_anonymous_write_is_a_sign_in_step()
    {
        var routes = await RoutesAsync();
        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.True(r.IsApiGroup, $"{r} is not mapped with MapApiGroup."));
        var anonymousWrites = routes.Where(r => IsWrite(r) && !r.SignedIn).Select(r => r.ToString()).Order().ToList();
        Assert.Equal(AnonymousWrites.Order(), anonymousWrites);
    }

    [Fact]
    public async Task Every_write_takes_a_token_refuses_the_cookie_and_refuses_a_token_without_the_permission()
    {
        var email = Accounts.Accounts.NewEmail("surface");
        await app.CreateCustomerAsync(email);
        var cookieAdmin = await app.SignedInAdminAsync();
        var customer = await app.ApiAdminAsync(email, Accounts.Accounts.Password);
        var admin = await app.ApiAdminAsync();
        var writes = (await RoutesAsync()).Where(r => IsWrite(r) && r.SignedIn).ToList();
        Assert.Contains(writes, r => r.Permission == "Catalog.ManageProducts");
        Assert.Contains(writes, r => r.Permission == "Catalog.ManageCategories");

        foreach (var route in writes)
        {
            var withCookie = await SendAsync(cookieAdmin, route);
            Assert.True(withCookie.StatusCode == HttpStatusCode.Unauthorized, $"{route} with the administrator's cookie answered {(int)withCookie.StatusCode}.");
            await AssertProblemAsync(withCookie, 401);

            var withCustomerToken = await SendAsync(customer, route);
            if (route.Permission is not null)
            {
                Assert.True(withCustomerToken.StatusCode == HttpStatusCode.Forbidden, $"{route} with a customer's token answered {(int)withCustomerToken.StatusCode}.");
                await AssertProblemAsync(withCustomerToken, 403);
            }
            else
            {
                Assert.True(withCustomerToken.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{route} refused a customer's token.");
            }

            var withAdminToken = await SendAsync(admin, route);
            Assert.True(withAdminToken.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.InternalServerError),
                $"{route} with the administrator's token answered {(int)withAdminToken.StatusCode}.");
        }
    }

    [Fact]
    public async Task A_cookie_never_authenticates_a_read_and_a_bad_token_is_refused_even_on_a_public_endpoint()
    {
        var cookieAdmin = await app.SignedInAdminAsync();
        await AssertProblemAsync(await cookieAdmin.GetAsync("/api/v1/account/profile"), 401);
        await AssertProblemAsync(await cookieAdmin.GetAsync("/api/v1/admin/users"), 401);

        var forged = app.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");
        var refused = await forged.GetAsync("/api/v1/products");
        await AssertProblemAsync(refused, 401);
        Assert.StartsWith("Bearer", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/api/v1/products")).StatusCode);
    }

    [Fact]
    public async Task Problems_share_their_field_names_whatever_answers_them()
    {
        var admin = await app.ApiAdminAsync();
        var answers = new[]
        {
            (await admin.PostAsJsonAsync("/api/v1/products", new { name = "" }), 400),
            (await admin.GetAsync("/api/v1/products?page=zero"), 400),
            (await admin.PostAsync("/api/v1/categories", new StringContent("{\"name\":", System.Text.Encoding.UTF8, "application/json")), 400),
            (await admin.DeleteAsync("/api/v1/products/999999"), 404),
            (await admin.GetAsync("/api/v1/products/no-such-product"), 404),
            (await admin.GetAsync("/api/v1/nothing-here"), 404),
            (await app.CreateClient().GetAsync("/api/v1/account/profile"), 401),
        };

        foreach (var (response, status) in answers)
        {
            var json = await AssertProblemAsync(response, status);
            var names = json.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Subset(new HashSet<string> { "type", "title", "status", "detail", "traceId", "errors" }, names.ToHashSet());
            Assert.Contains("traceId", names);
        }
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.JsonAsync();
        Assert.Equal(status, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("title").GetString()));
        Assert.True(json.TryGetProperty("type", out _), "A problem has a type.");
        return json;
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Placeholder();
}
