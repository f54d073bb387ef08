using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Consents;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Privacy;

/// <summary>
/// Consent to optional cookies (the banner, without script) and to marketing emails (registration, the account page):
/// recorded with time, the words shown and their version, withdrawn as easily, exported, shown to staff.
/// </summary>
public sealed class ConsentTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    private const string Banner = "Cookies on this shop";

    [Fact]
    public async Task The_banner_asks_until_answered_records_the_answer_and_the_footer_link_changes_it()
    {
        var visitor = app.Browser();
        var home = await visitor.GetStringAsync("/products");
        Assert.Contains(Banner, home, StringComparison.Ordinal);
        Assert.Matches("href=\"/privacy/cookies\\?returnUrl=%2[Ff]products\"", home);
        var before = await CountAsync(ConsentPurpose.OptionalCookies.Key);

        var accepted = await PostAsync(visitor, "/privacy/cookies", new() { ["choice"] = "all", ["returnUrl"] = "/products?sort=name" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/products?sort=name", accepted.Headers.Location!.OriginalString);
        Assert.DoesNotContain(Banner, await visitor.GetStringAsync("/products"), StringComparison.Ordinal);
        var record = await LatestAsync(ConsentPurpose.OptionalCookies.Key);
        Assert.True(record.Granted);
        Assert.Equal(ConsentPurpose.OptionalCookies.Wording, record.Wording);
        Assert.Equal(ConsentPurpose.OptionalCookies.Version, record.Version);
        Assert.Equal("banner", record.Source);
        Assert.Equal(app.Time.GetUtcNow().UtcDateTime, record.RecordedUtc);
        Assert.Null(record.UserId);

        // The settings page (the footer's link) says what was chosen and takes it back.
        Assert.Contains("You accepted optional cookies.", await visitor.GetStringAsync("/privacy/cookies"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(visitor, "/privacy/cookies", new() { ["choice"] = "essential" })).StatusCode);
        var withdrawn = await LatestAsync(ConsentPurpose.OptionalCookies.Key);
        Assert.False(withdrawn.Granted);
        Assert.Equal(record.VisitorId, withdrawn.VisitorId);
        Assert.Contains("You chose essential cookies only.", await visitor.GetStringAsync("/privacy/cookies"), StringComparison.Ordinal);
        Assert.Equal(before + 2, await CountAsync(ConsentPurpose.OptionalCookies.Key));

        // Another visitor still sees the banner: the cached page is kept per answer, not shared across them.
        Assert.Contains(Banner, await app.Browser().GetStringAsync("/products"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("maybe", "http://localhost", "Choose to accept optional cookies")]
    [InlineData("", "http://localhost", "Choose to accept optional cookies")]
    [InlineData("all", "https://evil.example", "This form was sent from outside the shop")]
    public async Task A_bad_or_foreign_banner_answer_is_refused_and_records_nothing(string choice, string origin, string message)
    {
        var visitor = app.Browser();
        var before = await CountAsync(ConsentPurpose.OptionalCookies.Key);
        var refused = await PostAsync(visitor, "/privacy/cookies", new() { ["choice"] = choice }, origin);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(refused.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".Store.Cookies", StringComparison.Ordinal)));
        Assert.Equal(before, await CountAsync(ConsentPurpose.OptionalCookies.Key));
        Assert.Contains(Banner, await visitor.GetStringAsync("/products"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Marketing_consent_given_at_registration_is_withdrawn_on_the_account_page_exported_and_shown_to_staff()
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail();
        var visitor = app.Browser();
        var registered = await visitor.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["DisplayName"] = "Mia Marketing",
            ["Email"] = email,
            ["Password"] = Store.Tests.Accounts.Accounts.Password,
            ["Marketing"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var userId = await app.WithDbAsync(db => db.Set<Store.Accounts.Users.User>().Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await app.WithUsersAsync(async users => await users.ConfirmEmailAsync((await users.FindByIdAsync(userId))!, await users.GenerateEmailConfirmationTokenAsync((await users.FindByIdAsync(userId))!)));
        var given = await app.WithDbAsync(db => db.Set<ConsentRecord>().SingleAsync(c => c.UserId == userId));
        Assert.True(given.Granted);
        Assert.Equal("registration", given.Source);
        Assert.Equal(ConsentPurpose.MarketingEmails.Wording, given.Wording);

        var customer = await app.SignedInCustomerAsync(email);
        var page = await customer.GetStringAsync("/account/privacy");
        Assert.Matches("name=\"marketing\" value=\"true\" checked", page);

        var bad = await customer.SubmitAsync("/account/privacy", new Dictionary<string, string> { ["marketing"] = "sometimes" }, "/account/privacy/marketing");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Choose whether you want marketing emails", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ConsentRecord>().CountAsync(c => c.UserId == userId)));

        var withdrawn = await customer.SubmitAsync("/account/privacy", new Dictionary<string, string> { ["marketing"] = "false" }, "/account/privacy/marketing");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var after = await customer.GetStringAsync("/account/privacy?saved=marketing");
        Assert.Contains("Your choice about marketing emails is saved.", after, StringComparison.Ordinal);
        Assert.DoesNotMatch("name=\"marketing\" value=\"true\" checked", after);

        using var export = JsonDocument.Parse(await customer.GetStringAsync("/account/privacy/export"));
        var consents = export.RootElement.GetProperty("consents").EnumerateArray().ToList();
        Assert.Equal([false, true], consents.Select(c => c.GetProperty("granted").GetBoolean()).ToArray());
        Assert.All(consents, c => Assert.Equal(ConsentPurpose.MarketingEmails.Version, c.GetProperty("version").GetString()));

        var admin = await app.SignedInAdminAsync();
        var staffPage = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/users/{userId}"));
        Assert.Contains("<h3>Consents</h3>", staffPage, StringComparison.Ordinal);
        Assert.Contains(ConsentPurpose.MarketingEmails.Wording, staffPage, StringComparison.Ordinal);
        Assert.Contains("<td>registration</td>", staffPage, StringComparison.Ordinal);
        Assert.Contains("<td>account</td>", staffPage, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields, string origin = "http://localhost")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", origin);
        return client.SendAsync(request);
    }

    private Task<int> CountAsync(string purpose) => app.WithDbAsync(db => db.Set<ConsentRecord>().CountAsync(c => c.Purpose == purpose));

    private Task<ConsentRecord> LatestAsync(string purpose) =>
        app.WithDbAsync(db => db.Set<ConsentRecord>().Where(c => c.Purpose == purpose).OrderByDescending(c => c.Id).FirstAsync());
}
