using System.Net;
using Microsoft.EntityFrameworkCore;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

public sealed class RegistrationTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    private static Dictionary<string, string> Fields(string email, string name = "Robin Reader", string password = Accounts.Password) =>
        new() { ["Email"] = email, ["DisplayName"] = name, ["Password"] = password };

    [Fact]
    public async Task Register_confirm_by_emailed_link_then_sign_in()
    {
        var client = app.Browser();
        var email = Accounts.NewEmail();

        var registered = await client.SubmitAsync("/account/register", Fields(email));
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Contains("Check your inbox", await registered.HtmlAsync(), StringComparison.Ordinal);

        // Not confirmed yet: the sign-in form says what to do.
        var early = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Confirm your email address first", await early.HtmlAsync(), StringComparison.Ordinal);

        var mail = await app.MailToAsync(email, "Confirm your email address");
        var confirmed = await client.GetAsync(Accounts.LinkIn(mail, "/account/confirm"));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/account/login?confirmed=1", confirmed.Headers.Location!.OriginalString);

        var signedIn = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var account = await client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains("Robin Reader", await account.HtmlAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithUsersAsync(async users => await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, "Customer")));
    }

    [Fact]
    public async Task A_forged_or_truncated_confirmation_link_is_refused()
    {
        var email = Accounts.NewEmail();
        await app.Browser().SubmitAsync("/account/register", Fields(email));
        var link = Accounts.LinkIn(await app.MailToAsync(email, "Confirm"), "/account/confirm");

        var response = await app.Browser().GetAsync(link[..^5]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This link does not work", await response.HtmlAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithUsersAsync(async users => (await users.FindByEmailAsync(email))!.EmailConfirmed));
    }

    [Fact]
    public async Task A_taken_email_gets_the_same_check_your_inbox_answer_and_the_owner_is_emailed()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);

        var response = await app.Browser().SubmitAsync("/account/register", Fields(email.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Check your inbox", await response.HtmlAsync(), StringComparison.Ordinal);
        var told = await app.MailToAsync(email, "Someone tried to use your email address");
        Assert.Contains("/account/password/forgot", told.HtmlBody, StringComparison.Ordinal);
        var normalized = email.ToUpperInvariant();
        Assert.Equal(1, await app.WithUsersAsync(users => users.Users.CountAsync(u => u.NormalizedEmail == normalized)));
    }

    [Theory]
    [InlineData("Email", "", "Enter your email address.")]
    [InlineData("Email", "not-an-email", "Enter an email address like name@example.com.")]
    [InlineData("Email", "Name <a@example.com>", "Enter an email address like name@example.com.")]
    [InlineData("Email", "toolong", "The email address must be at most 256 characters.")]
    [InlineData("DisplayName", "", "Enter your name.")]
    [InlineData("DisplayName", "toolong", "Your name must be at most 100 characters.")]
    [InlineData("Password", "", "Enter a password.")]
    [InlineData("Password", "short1", "Passwords must be at least 10 characters.")]
    [InlineData("Password", "nodigitshere", "Passwords must have at least one digit ('0'-'9').")]
    [InlineData("Password", "ALLUPPER12345", "Passwords must have at least one lowercase ('a'-'z').")]
    [InlineData("Password", "toolong", "The password must be at most 128 characters.")]
    public async Task Bad_input_is_answered_400_with_the_message_beside_the_field(string field, string value, string message)
    {
        var email = Accounts.NewEmail();
        var fields = Fields(email);
        fields[field] = value == "toolong" ? (field == "Email" ? new string('a', 250) + "@example.com" : new string('a', 130) + "1") : value;

        var response = await app.Browser().SubmitAsync("/account/register", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.HtmlAsync();
        Assert.Contains(message, Accounts.FieldError(html, field) ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(Accounts.Password, html, StringComparison.Ordinal);
        Assert.Null(await app.WithUsersAsync(users => users.FindByEmailAsync(email)));
    }

    [Fact]
    public async Task A_new_confirmation_link_can_be_asked_for_without_telling_who_has_an_account()
    {
        var email = Accounts.NewEmail();
        await app.Browser().SubmitAsync("/account/register", Fields(email));
        await app.MailToAsync(email, "Confirm your email address");
        var unknown = Accounts.NewEmail("nobody");

        var resent = await app.Browser().SubmitAsync("/account/confirm/resend", new Dictionary<string, string> { ["Email"] = email });
        var stranger = await app.Browser().SubmitAsync("/account/confirm/resend", new Dictionary<string, string> { ["Email"] = unknown });

        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stranger.StatusCode);
        Assert.Contains("we have sent it a new link", await resent.HtmlAsync(), StringComparison.Ordinal);
        Assert.Contains("we have sent it a new link", await stranger.HtmlAsync(), StringComparison.Ordinal);
        await Eventually.UntilAsync(() => app.MailCountTo(email) >= 2, TimeSpan.FromSeconds(15));

        Assert.Equal(2, app.MailCountTo(email));
        Assert.Equal(0, app.MailCountTo(unknown));
        var bad = await app.Browser().SubmitAsync("/account/confirm/resend", new Dictionary<string, string> { ["Email"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("Enter your email address.", Accounts.FieldError(await bad.HtmlAsync(), "Email"));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var client = app.Browser();
        var email = Accounts.NewEmail();

        var response = await client.PostFormAsync("/account/register", Fields(email), token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await app.WithUsersAsync(users => users.FindByEmailAsync(email)));
    }
}
