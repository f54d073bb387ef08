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
}
