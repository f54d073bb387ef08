using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Store.Tests.Infrastructure;

public static class AppClients
{
    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests assert them).</summary>
    public static HttpClient Browser(this StoreAppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the admin sign-in page and returns the client holding the cookie.</summary>
    public static async Task<HttpClient> SignedInAdminAsync(this StoreAppFactory factory, string email = StoreAppFactory.AdminEmail, string password = StoreAppFactory.AdminPassword)
    {
        var client = factory.Browser();
        var response = await client.SubmitAsync("/admin/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} answered {(int)response.StatusCode}.");
        }

        return client;
    }

    /// <summary>
    /// An API client holding an access token of <paramref name="email"/> (the administrator by default), as an app
    /// would: the JSON API takes bearer tokens only, never the sign-in cookie.
    /// </summary>
    public static async Task<HttpClient> ApiAdminAsync(this StoreAppFactory factory, string email = StoreAppFactory.AdminEmail, string password = StoreAppFactory.AdminPassword)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"A token for {email} answered {(int)response.StatusCode}.");
        }

        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
