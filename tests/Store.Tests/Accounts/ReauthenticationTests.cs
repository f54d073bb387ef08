using System.Net;
using System.Net.Http.Json;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

/// <summary>
/// Sensitive changes need the current password once the sign-in is more than 5 minutes old: a stolen
/// session cannot take the account over by changing its email, and the old address can undo a change.
/// </summary>
public sealed class ReauthenticationTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    private const string PasswordRequired = "Enter your current password to confirm this change.";

    [Fact]
    public async Task An_old_session_changes_the_email_only_with_the_password_and_the_old_address_can_undo_it()
    {
        var email = Accounts.NewEmail();
        var thief = Accounts.NewEmail("thief");
        await app.CreateCustomerAsync(email);
        var session = await app.SignedInCustomerAsync(email);
        app.Time.Advance(TimeSpan.FromMinutes(6));

        var without = await session.SubmitAsync("/account/profile", new Dictionary<string, string> { ["DisplayName"] = "Sam", ["Email"] = thief });
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Equal(PasswordRequired, Accounts.FieldError(await without.HtmlAsync(), "CurrentPassword"));
        var wrong = await session.SubmitAsync("/account/profile", new Dictionary<string, string> { ["DisplayName"] = "Sam", ["Email"] = thief, ["CurrentPassword"] = "Wrong-pass-123" });
        Assert.Equal("The current password is not correct.", Accounts.FieldError(await wrong.HtmlAsync(), "CurrentPassword"));
        Assert.Equal(0, app.MailCountTo(thief));

        var asked = await session.SubmitAsync("/account/profile", new Dictionary<string, string> { ["DisplayName"] = "Sam", ["Email"] = thief, ["CurrentPassword"] = Accounts.Password });
        Assert.Contains("We have sent a link to " + thief, await asked.HtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().GetAsync(Accounts.LinkIn(await app.MailToAsync(thief, "Confirm your new email address"), "/account/email/confirm"))).StatusCode);
        var thiefSession = await app.SignedInCustomerAsync(thief);

        var undo = Accounts.LinkIn(await app.MailToAsync(email, "Your email address was changed"), "/account/email/undo");
        var owner = app.Browser();
        var page = await owner.GetAsync(undo);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = System.Text.RegularExpressions.Regex.Match(await page.HtmlAsync(), "name=\"Token\" value=\"([^\"]+)\"").Groups[1].Value;
        var undone = await owner.PostFormAsync("/account/email/undo", new Dictionary<string, string> { ["Token"] = WebUtility.HtmlDecode(token) }, FormPost.TokenOf(await page.HtmlAsync()));

        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.Contains("previous email address again", await undone.HtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await thiefSession.GetAsync("/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().SignInAsync(email)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Browser().SignInAsync(thief)).StatusCode);
        // Used once, the link does nothing more: the account no longer has the new address.
        var again = await owner.PostFormAsync("/account/email/undo", new Dictionary<string, string> { ["Token"] = WebUtility.HtmlDecode(token) }, FormPost.TokenOf(await page.HtmlAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task A_fresh_sign_in_changes_the_email_without_asking_again()
    {
        var email = Accounts.NewEmail();
        var moved = Accounts.NewEmail("moved");
        await app.CreateCustomerAsync(email);
        var session = await app.SignedInCustomerAsync(email);

        var asked = await session.SubmitAsync("/account/profile", new Dictionary<string, string> { ["DisplayName"] = "Sam", ["Email"] = moved });

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("We have sent a link to " + moved, await asked.HtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_changes_the_email_only_with_the_current_password()
    {
        var email = Accounts.NewEmail("api");
        var moved = Accounts.NewEmail("moved");
        await app.CreateCustomerAsync(email);
        var (access, _) = await app.CreateClient().TokensAsync(email);
        var client = app.Bearer(access);

        var without = await client.PutAsJsonAsync("/api/v1/account/profile", new { displayName = "Api", email = moved });
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Equal(PasswordRequired, (await without.JsonAsync()).GetProperty("errors").GetProperty("currentPassword")[0].GetString());

        var with = await client.PutAsJsonAsync("/api/v1/account/profile", new { displayName = "Api", email = moved, currentPassword = Accounts.Password });
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        await app.MailToAsync(moved, "Confirm your new email address");
    }

    [Fact]
    public async Task An_old_admin_session_locks_a_user_only_with_the_password()
    {
        var email = Accounts.NewEmail();
        var id = await app.CreateCustomerAsync(email);
        var admin = await app.SignedInAdminAsync();
        app.Time.Advance(TimeSpan.FromMinutes(6));

        var page = await (await admin.GetAsync($"/admin/users/{id}")).HtmlAsync();
        Assert.Contains("need your password", page, StringComparison.Ordinal);
        var without = await admin.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string>(), $"/admin/users/{id}?handler=Lock");
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Contains(PasswordRequired, await without.HtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().SignInAsync(email)).StatusCode);

        var with = await admin.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string> { ["CurrentPassword"] = StoreAppFactory.AdminPassword }, $"/admin/users/{id}?handler=Lock");

        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        Assert.Contains("The account is locked", await with.HtmlAsync(), StringComparison.Ordinal);
        // The password opened a new window: the next change needs it no more.
        var unlocked = await admin.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string>(), $"/admin/users/{id}?handler=Unlock");
        Assert.Contains("The account is unlocked.", await unlocked.HtmlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_old_admin_session_creates_an_API_client_only_with_the_password_and_the_audit_log_shows_it()
    {
        var admin = await app.SignedInAdminAsync();
        app.Time.Advance(TimeSpan.FromMinutes(6));
        var fields = new Dictionary<string, string> { ["Name"] = "Warehouse sync", ["Scopes"] = "orders:read" };

        var without = await admin.SubmitAsync("/admin/api-clients", fields, "/admin/api-clients?handler=Create");
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        var refused = await without.HtmlAsync();
        Assert.Contains(PasswordRequired, refused, StringComparison.Ordinal);
        Assert.DoesNotContain("it is not shown again", refused, StringComparison.Ordinal);

        fields["CurrentPassword"] = StoreAppFactory.AdminPassword;
        var with = await admin.SubmitAsync("/admin/api-clients", fields, "/admin/api-clients?handler=Create");
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        Assert.Contains("it is not shown again", await with.HtmlAsync(), StringComparison.Ordinal);

        var log = await (await admin.GetAsync("/admin/audit")).HtmlAsync();
        Assert.Contains("api-client.create", log, StringComparison.Ordinal);
        Assert.Contains("Warehouse sync (orders:read)", log, StringComparison.Ordinal);
    }
}
