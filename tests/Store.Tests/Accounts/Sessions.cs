using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

/// <summary>Steps of the session tests: keep a copy of the auth cookie, as a thief would, and replay it.</summary>
public static class Sessions
{
    /// <summary>The <c>.Store.Auth</c> cookie a sign-in response set, as "name=value".</summary>
    public static string AuthCookieOf(HttpResponseMessage signIn) =>
        signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Last(c => c.StartsWith(".Store.Auth=", StringComparison.Ordinal) && c.Length > ".Store.Auth=".Length);

    /// <summary>A GET carrying only the copied cookie, from a client that keeps no cookies of its own.</summary>
    public static async Task<HttpResponseMessage> ReplayAsync(this StoreAppFactory app, string cookie, string path)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    public static async Task<bool> SignedInAsync(this StoreAppFactory app, string cookie) =>
        (await (await app.ReplayAsync(cookie, "/session")).Content.ReadAsStringAsync()).Contains("\"signedIn\":true", StringComparison.Ordinal);

    /// <summary>The id in the "Sign out" form of the session card that mentions <paramref name="text"/>.</summary>
    public static string IdOfCard(string html, string text)
    {
        var card = html.Split("<li class=\"session-card\">").Skip(1).Single(c => c.Contains(text, StringComparison.Ordinal));
        return System.Text.RegularExpressions.Regex.Match(card, "/account/sessions/(\\d+)/end").Groups[1].Value;
    }

    public static async Task<(HttpClient Client, string Cookie)> SignInWithCookieAsync(this StoreAppFactory app, string email, string? userAgent = null)
    {
        var client = app.Browser();
        if (userAgent is not null)
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        }

        var response = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, AuthCookieOf(response));
    }
}
