using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Store.Accounts.Users;
using Store.Core.Security;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

/// <summary>Shared steps of the account tests: make a customer, sign in, read the emails the shop wrote, call the API.</summary>
public static partial class Accounts
{
    public const string Password = "Shopper-pass-42";

    public static string NewEmail(string prefix = "shopper") => $"{prefix}-{Guid.NewGuid():n}@example.com";

    /// <summary>A confirmed customer made straight through Identity, for tests about something other than registration.</summary>
    public static async Task<string> CreateCustomerAsync(this StoreAppFactory app, string email, string password = Password, string name = "Sam Shopper")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true, CreatedUtc = app.Time.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, StoreRoles.Customer)).Succeeded);
        return user.Id;
    }

    public static async Task<T> WithUsersAsync<T>(this StoreAppFactory app, Func<UserManager<User>, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<User>>());
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = Password, string returnUrl = "") =>
        client.SubmitAsync("/account/login" + (returnUrl.Length > 0 ? "?returnUrl=" + Uri.EscapeDataString(returnUrl) : ""),
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = password, ["ReturnUrl"] = returnUrl });

    public static async Task<HttpClient> SignedInCustomerAsync(this StoreAppFactory app, string email, string password = Password)
    {
        var client = app.Browser();
        var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Waits for the <c>.eml</c> file the shop wrote to <paramref name="to"/> (no SMTP configured).</summary>
    public static async Task<MimeMessage> MailToAsync(this StoreAppFactory app, string to, string subjectContains)
    {
        return await Eventually.ValueAsync(
            async () =>
            {
                foreach (var file in Directory.Exists(app.MailFolder) ? Directory.GetFiles(app.MailFolder, "*.eml") : [])
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)) && (message.Subject ?? "").Contains(subjectContains, StringComparison.Ordinal))
                    {
                        return message;
                    }
                }

                return null;
            },
            $"No email to {to} about '{subjectContains}' in {app.MailFolder}.",
            TimeSpan.FromSeconds(15));
    }

    public static int MailCountTo(this StoreAppFactory app, string to) =>
        !Directory.Exists(app.MailFolder) ? 0
        : Directory.GetFiles(app.MailFolder, "*.eml").Count(f => MimeMessage.Load(f).To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The link in an email whose path starts with <paramref name="path"/>, as a path and query the test client can open.</summary>
    public static string LinkIn(MimeMessage message, string path)
    {
        foreach (Match match in LinkPattern().Matches(message.HtmlBody ?? string.Empty))
        {
            var url = new Uri(WebUtility.HtmlDecode(match.Groups[1].Value));
            if (url.AbsolutePath == path)
            {
                Assert.Contains(path, message.TextBody, StringComparison.Ordinal);
                return url.PathAndQuery;
            }
        }

        throw new InvalidOperationException($"No link to {path} in: {message.HtmlBody}");
    }

    public static async Task<string> HtmlAsync(this HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    /// <summary>The message shown beside a field in a form page.</summary>
    public static string? FieldError(string html, string field)
    {
        var match = Regex.Match(html, $"<p class=\"field-error\" id=\"{field}-error\">([^<]*)</p>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static async Task<(string Access, string Refresh)> TokensAsync(this HttpClient client, string email, string password = Password)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        return (json.GetProperty("accessToken").GetString()!, json.GetProperty("refreshToken").GetString()!);
    }

    public static HttpClient Bearer(this StoreAppFactory app, string accessToken)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();
}
