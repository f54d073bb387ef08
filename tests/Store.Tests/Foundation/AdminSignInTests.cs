using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts.Users;
using Store.Core.Security;
using Store.Tests.Infrastructure;

namespace Store.Tests.Foundation;

public sealed class AdminSignInTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    private static Dictionary<string, string> Credentials(string email, string password) => new() { ["Email"] = email, ["Password"] = password };

    [Fact]
    public async Task Admin_pages_need_sign_in_and_the_cookie_is_httponly_and_samesite()
    {
        var client = app.Browser();

        var anonymous = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/admin/login?ReturnUrl=%2Fadmin", anonymous.Headers.Location?.PathAndQuery);

        var signIn = await client.SubmitAsync("/admin/login?ReturnUrl=%2Fadmin", Credentials(StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Last(c => c.StartsWith(".Store.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        var dashboard = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("<h1>Dashboard</h1>", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var signOut = await client.SubmitAsync("/admin/logout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Return_url_to_another_site_is_ignored()
    {
        var client = app.Browser();

        var signIn = await client.SubmitAsync("/admin/login?ReturnUrl=https%3A%2F%2Fevil.example%2F", Credentials(StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword));

        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Wrong_password_is_refused_and_five_lock_the_account()
    {
        await CreateUserAsync("locked@test.local", "Right-pass-123", StoreRoles.Merchandiser);
        var client = app.Browser();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await client.SubmitAsync("/admin/login", Credentials("locked@test.local", "Wrong-pass-123"));
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Contains("The email or password is not correct.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Locked: even the right password is refused until the lockout ends.
        var locked = await client.SubmitAsync("/admin/login", Credentials("locked@test.local", "Right-pass-123"));
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        // Answered like a wrong password, so the lockout does not tell who has an account.
        Assert.Contains("The email or password is not correct.", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Identity reads the wall clock for lockouts, so the test checks the stored end instead of moving time.
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByEmailAsync("locked@test.local");
        var minutesLeft = (user!.LockoutEnd!.Value - DateTimeOffset.UtcNow).TotalMinutes;
        Assert.InRange(minutesLeft, 14, 15.1);
    }

    [Fact]
    public async Task Empty_or_malformed_fields_are_answered_with_messages()
    {
        var response = await app.Browser().SubmitAsync("/admin/login", Credentials("not-an-email", ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Enter a valid email address.", html, StringComparison.Ordinal);
        Assert.Contains("Enter your password.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Customer_gets_403_in_the_admin_and_staff_see_only_their_sections()
    {
        await CreateUserAsync("shopper@test.local", "Shopper-pass-1", StoreRoles.Customer);
        var customer = await app.SignedInAdminAsync("shopper@test.local", "Shopper-pass-1");

        // Answered in place (no redirect to an error URL), with the themed page.
        var denied = await customer.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("Access denied", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await CreateUserAsync("translator@test.local", "Translator-pass-1", StoreRoles.Translator);
        var translator = await app.SignedInAdminAsync("translator@test.local", "Translator-pass-1");
        Assert.Equal(HttpStatusCode.OK, (await translator.GetAsync("/admin")).StatusCode);
    }

    private async Task CreateUserAsync(string email, string password, string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }
}
