using System.Net;
using System.Net.Http.Json;
using System.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Data;
using Store.Core.Email;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

public sealed class PasswordTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    private async Task<string> ResetLinkAsync(string email)
    {
        var before = app.MailCountTo(email);
        var response = await app.Browser().SubmitAsync("/account/password/forgot", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.UntilAsync(() => app.MailCountTo(email) != before, TimeSpan.FromSeconds(15));

        // The newest reset email: earlier ones of the same test are older files.
        var files = Directory.GetFiles(app.MailFolder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => a.Address == email) && m.Subject == "Reset your password").ToList();
        return Accounts.LinkIn(files.OrderBy(m => m.Date).ThenBy(m => m.MessageId, StringComparer.Ordinal).Last(), "/account/password/reset");
    }

    private static async Task<HttpResponseMessage> ResetAsync(HttpClient client, string link, string password)
    {
        var query = HttpUtility.ParseQueryString(new Uri("https://x" + link).Query);
        return await client.SubmitAsync(link, new Dictionary<string, string> { ["User"] = query["user"]!, ["Token"] = query["token"]!, ["Password"] = password }, "/account/password/reset");
    }

    [Fact]
    public async Task Forgotten_password_link_resets_once_and_then_is_void()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var link = await ResetLinkAsync(email);

        var reset = await ResetAsync(app.Browser(), link, "Fresh-pass-2024");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/account/login?reset=1", reset.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().SignInAsync(email, "Fresh-pass-2024")).StatusCode);

        var reused = await ResetAsync(app.Browser(), link, "Another-pass-2025");
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("This link does not work", await reused.HtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Browser().SignInAsync(email, "Another-pass-2025")).StatusCode);
    }

    [Fact]
    public async Task A_reset_link_expires_after_one_hour()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var link = await ResetLinkAsync(email);

        app.Time.Advance(TimeSpan.FromMinutes(61));
        var expired = await ResetAsync(app.Browser(), link, "Fresh-pass-2024");

        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Contains("This link does not work", await expired.HtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().SignInAsync(email)).StatusCode);
    }

    [Fact]
    public async Task A_weak_new_password_is_refused_and_the_link_still_works()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var link = await ResetLinkAsync(email);

        var weak = await ResetAsync(app.Browser(), link, "short");
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("at least 10 characters", Accounts.FieldError(await weak.HtmlAsync(), "Password"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await ResetAsync(app.Browser(), link, "Strong-enough-1")).StatusCode);
    }

    [Fact]
    public async Task A_reset_opens_an_account_locked_by_wrong_passwords()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        for (var i = 0; i < 5; i++)
        {
            await app.Browser().SignInAsync(email, "Wrong-pass-123");
        }

        var link = await ResetLinkAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, (await ResetAsync(app.Browser(), link, "Fresh-pass-2024")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().SignInAsync(email, "Fresh-pass-2024")).StatusCode);
    }

    [Fact]
    public async Task A_reset_does_not_lift_an_administrators_lock()
    {
        var email = Accounts.NewEmail();
        var id = await app.CreateCustomerAsync(email);
        var admin = await app.SignedInAdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string>(), $"/admin/users/{id}?handler=Lock")).StatusCode);

        var link = await ResetLinkAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, (await ResetAsync(app.Browser(), link, "Fresh-pass-2024")).StatusCode);

        var refused = await app.Browser().SignInAsync(email, "Fresh-pass-2024");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("The email or password is not correct.", await refused.HtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Fresh-pass-2024" })).StatusCode);
        Assert.True(await app.WithUsersAsync(async users => await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!)));
    }

    [Fact]
    public async Task Forgot_password_says_the_same_for_unknown_addresses_and_sends_nothing()
    {
        var unknown = Accounts.NewEmail("nobody");

        var response = await app.Browser().SubmitAsync("/account/password/forgot", new Dictionary<string, string> { ["Email"] = unknown });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("If an account uses this address", await response.HtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(0, app.MailCountTo(unknown));
        var bad = await app.Browser().SubmitAsync("/account/password/forgot", new Dictionary<string, string> { ["Email"] = "not an email" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Asking_again_and_again_sends_at_most_five_emails_an_hour_to_one_address()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var client = app.Browser();

        for (var i = 0; i < 7; i++)
        {
            var response = await client.SubmitAsync("/account/password/forgot", new Dictionary<string, string> { ["Email"] = email });
            Assert.Contains("If an account uses this address", await response.HtmlAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(5, await OutboxCountAsync(email));
        app.Time.Advance(TimeSpan.FromMinutes(61));
        await client.SubmitAsync("/account/password/forgot", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(6, await OutboxCountAsync(email));
    }

    private async Task<int> OutboxCountAsync(string to)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StoreDbContext>().Set<OutboxMessage>().CountAsync(m => m.To == to);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_signs_out_other_sessions()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var here = await app.SignedInCustomerAsync(email);
        var elsewhere = await app.SignedInCustomerAsync(email);
        var api = await app.CreateClient().TokensAsync(email);

        var wrong = await here.SubmitAsync("/account/password", new Dictionary<string, string> { ["CurrentPassword"] = "Not-my-pass-1", ["NewPassword"] = "Changed-pass-99" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("The current password is not correct.", Accounts.FieldError(await wrong.HtmlAsync(), "CurrentPassword"));

        var changed = await here.SubmitAsync("/account/password", new Dictionary<string, string> { ["CurrentPassword"] = Accounts.Password, ["NewPassword"] = "Changed-pass-99" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("Your password has been changed", await changed.HtmlAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Bearer(api.Access).GetAsync("/api/v1/account/profile")).StatusCode);
        var refresh = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = api.Refresh });
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Theory]
    [InlineData("", "Changed-pass-99", "CurrentPassword", "Enter your current password.")]
    [InlineData("Shopper-pass-42", "", "NewPassword", "Enter a new password.")]
    [InlineData("Shopper-pass-42", "short1abc", "NewPassword", "Passwords must be at least 10 characters.")]
    [InlineData("Shopper-pass-42", "toolong", "NewPassword", "The password must be at most 128 characters.")]
    public async Task Bad_change_password_input_is_answered_400_beside_the_field(string current, string next, string field, string message)
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var client = await app.SignedInCustomerAsync(email);

        var response = await client.SubmitAsync("/account/password", new Dictionary<string, string> { ["CurrentPassword"] = current, ["NewPassword"] = next == "toolong" ? new string('a', 129) + "1" : next });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, Accounts.FieldError(await response.HtmlAsync(), field));
    }
}
