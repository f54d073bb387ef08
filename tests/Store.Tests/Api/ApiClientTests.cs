using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts.ApiClients;
using Store.Core.Data;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.Tests.Api;

/// <summary>API clients: made in the admin, secret shown once, exchanged for tokens, scoped, revoked, expired.</summary>
public sealed partial class ApiClientTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    private async Task<(string Id, string Secret, string Page)> CreateAsync(HttpClient admin, string name, string[] scopes, string expires = "")
    {
        var fields = new List<KeyValuePair<string, string>> { new("Name", name), new("Expires", expires) };
        fields.AddRange(scopes.Select(s => new KeyValuePair<string, string>("Scopes", s)));
        var page = await admin.GetStringAsync("/admin/api-clients");
        var response = await admin.PostAsync("/admin/api-clients?handler=Create", new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", FormPost.TokenOf(page)!))));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (Created().Match(html).Groups[1].Value, Secret().Match(html).Groups[1].Value, html);
    }

    private Task<HttpResponseMessage> TokenAsync(string id, string secret, string? scope = null)
    {
        var fields = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = id, ["client_secret"] = secret };
        if (scope is not null)
        {
            fields["scope"] = scope;
        }

        return app.CreateClient().PostAsync("/api/v1/auth/client-token", new FormUrlEncodedContent(fields));
    }

    private async Task<HttpClient> ClientWithTokenAsync(string id, string secret)
    {
        var response = await TokenAsync(id, secret);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await response.JsonAsync()).GetProperty("access_token").GetString());
        return client;
    }

    [Fact]
    public async Task An_administrator_makes_a_client_whose_secret_is_shown_once_and_whose_token_writes_the_catalog()
    {
        var admin = await app.SignedInAdminAsync();
        var (id, secret, page) = await CreateAsync(admin, "ERP feed", ["catalog:read", "catalog:write"]);
        Assert.StartsWith("cl_", id, StringComparison.Ordinal);
        Assert.True(secret.Length >= 40);
        Assert.Contains("it is not shown again", page, StringComparison.Ordinal);
        var list = await admin.GetStringAsync("/admin/api-clients");
        Assert.Contains("ERP feed", list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<StoreDbContext>().Set<ApiClient>().SingleAsync(c => c.ClientId == id);
            Assert.Equal(64, stored.SecretHash.Length);
            Assert.DoesNotContain(secret, stored.SecretHash, StringComparison.Ordinal);
        }

        var token = await TokenAsync(id, secret);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal("no-store", token.Headers.CacheControl?.ToString());
        var json = await token.JsonAsync();
        Assert.Equal("Bearer", json.GetProperty("token_type").GetString());
        Assert.Equal("catalog:read catalog:write", json.GetProperty("scope").GetString());
        Assert.Equal(600, json.GetProperty("expires_in").GetInt32());

        var client = await ClientWithTokenAsync(id, secret);
        var created = await client.PostAsJsonAsync("/api/v1/products", new { name = "Fed Product", sku = "FED-1", price = 100, stock = 1, published = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        // A client is not a user: the user administration stays closed to it.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/admin/users")).StatusCode);
        // The admin's culture's short date and time, English here: 11/25/2026 12:00 PM (ICU puts a narrow no-break space, encoded, before PM).
        Assert.Matches(@"\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d\d(&#x202F;|\s)?[AP]M UTC", LastUsed(await admin.GetStringAsync("/admin/api-clients"), "ERP feed"));
    }

    [Fact]
    public async Task Scopes_limit_what_a_token_may_do_and_a_wrong_secret_or_grant_is_refused()
    {
        var admin = await app.SignedInAdminAsync();
        var (id, secret, _) = await CreateAsync(admin, "Order reader", ["orders:read"]);

        var client = await ClientWithTokenAsync(id, secret);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/products", new { name = "Nope", sku = "NOPE-9", price = 100, stock = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await TokenAsync(id, secret, "catalog:write")).StatusCode);
        Assert.Equal("invalid_scope", (await (await TokenAsync(id, secret, "catalog:write")).JsonAsync()).GetProperty("error").GetString());

        var wrong = await TokenAsync(id, secret + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("invalid_client", (await wrong.JsonAsync()).GetProperty("error").GetString());
        var grant = await app.CreateClient().PostAsync("/api/v1/auth/client-token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "password", ["client_id"] = id, ["client_secret"] = secret }));
        Assert.Equal("unsupported_grant_type", (await grant.JsonAsync()).GetProperty("error").GetString());

        // HTTP Basic works as well as form fields.
        var basic = app.CreateClient();
        basic.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{id}:{secret}")));
        Assert.Equal(HttpStatusCode.OK, (await basic.PostAsync("/api/v1/auth/client-token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }))).StatusCode);

        var bad = await admin.PostAsync("/admin/api-clients?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "",
            ["Scopes"] = "everything",
            ["Expires"] = "",
            ["__RequestVerificationToken"] = FormPost.TokenOf(await admin.GetStringAsync("/admin/api-clients"))!,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Enter a name", html, StringComparison.Ordinal);
        Assert.Contains("Choose at least one of the listed scopes.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_client_stops_at_its_next_request_and_an_expired_one_gets_no_token()
    {
        var admin = await app.SignedInAdminAsync();
        var (id, secret, page) = await CreateAsync(admin, "Soon revoked", ["catalog:write"]);
        var client = await ClientWithTokenAsync(id, secret);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/categories", new { name = "Client Made" })).StatusCode);

        var revokeForm = new Dictionary<string, string> { ["__RequestVerificationToken"] = FormPost.TokenOf(await admin.GetStringAsync("/admin/api-clients"))! };
        var revoked = await admin.PostAsync($"/admin/api-clients?handler=Revoke&id={await IdOfAsync(id)}", new FormUrlEncodedContent(revokeForm));
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        var refused = await client.PostAsJsonAsync("/api/v1/categories", new { name = "After Revoke" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(id, secret)).StatusCode);

        var tomorrow = app.Time.GetUtcNow().UtcDateTime.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (shortId, shortSecret, _) = await CreateAsync(admin, "Short lived", ["catalog:write"], tomorrow);
        var shortClient = await ClientWithTokenAsync(shortId, shortSecret);
        Assert.Equal(HttpStatusCode.Created, (await shortClient.PostAsJsonAsync("/api/v1/categories", new { name = "In Time" })).StatusCode);
        app.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(shortId, shortSecret)).StatusCode);
        Assert.Contains("Expired", await admin.GetStringAsync("/admin/api-clients"), StringComparison.Ordinal);
    }

    private static string LastUsed(string html, string name) => Regex.Match(html, $"<td>{Regex.Escape(name)}</td>(?:.|\\n)*?<td>([^<]*)</td>\\s*<td>(?:Active|Revoked|Expired)", RegexOptions.None).Groups[1].Value;

    private async Task<int> IdOfAsync(string clientId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StoreDbContext>().Set<ApiClient>().Where(c => c.ClientId == clientId).Select(c => c.Id).SingleAsync();
    }


    [GeneratedRegex("<code id=\"created-client-id\">([^<]+)</code>")]
    private static partial Regex Created();

    [GeneratedRegex("<code id=\"created-secret\">([^<]+)</code>")]
    private static partial Regex Secret();
}
