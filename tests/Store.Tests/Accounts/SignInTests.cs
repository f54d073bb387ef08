using System.Net;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

public sealed class SignInTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    [Fact]
    public async Task A_protected_page_sends_a_visitor_to_sign_in_and_back()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var client = app.Browser();

        var redirect = await client.GetAsync("/account/addresses");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var login = redirect.Headers.Location!.PathAndQuery;
        Assert.StartsWith("/account/login?ReturnUrl=%2Faccount%2Faddresses", login, StringComparison.Ordinal);

        var page = await (await client.GetAsync(login)).HtmlAsync();
        Assert.Contains("name=\"ReturnUrl\" value=\"/account/addresses\"", page, StringComparison.Ordinal);
        var signedIn = await client.SignInAsync(email, returnUrl: "/account/addresses");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/account/addresses", signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/addresses")).StatusCode);
    }

    [Fact]
    public async Task Admin_pages_still_send_a_visitor_to_the_admin_sign_in()
    {
        var response = await app.Browser().GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login?ReturnUrl=%2Fadmin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/%09/evil.example")]
    public async Task A_return_url_to_another_site_is_ignored(string returnUrl)
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);

        var response = await app.Browser().SignInAsync(email, returnUrl: returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.True(location == "/account" || location == returnUrl && returnUrl.StartsWith("/%", StringComparison.Ordinal), location);
    }

    [Fact]
    public async Task Signing_in_starts_a_new_session()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var client = app.Browser();
        await client.SignInAsync(email);
        var first = await client.GetAsync("/session");

        var again = await client.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var issued = again.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith(".Store.Auth=", StringComparison.Ordinal) && !c.StartsWith(".Store.Auth=;", StringComparison.Ordinal)).ToList();
        Assert.Single(issued);
        Assert.Contains("httponly", issued[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", issued[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"signedIn\":true", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var client = app.Browser();

        for (var i = 0; i < 4; i++)
        {
            var wrong = await client.SignInAsync(email, "Wrong-pass-123");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Contains("The email or password is not correct.", await wrong.HtmlAsync(), StringComparison.Ordinal);
        }

        // Locked, but answered like a wrong password: the lockout must not tell who has an account.
        var fifth = await client.SignInAsync(email, "Wrong-pass-123");
        Assert.Contains("The email or password is not correct.", await fifth.HtmlAsync(), StringComparison.Ordinal);
        var right = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("The email or password is not correct.", await right.HtmlAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithUsersAsync(async users => await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!)));
    }

    [Fact]
    public async Task Unknown_email_and_wrong_password_get_the_same_answer()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);

        var unknown = await app.Browser().SignInAsync(Accounts.NewEmail());
        var wrong = await app.Browser().SignInAsync(email, "Wrong-pass-123");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("The email or password is not correct.", await unknown.HtmlAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "x", "Email", "Enter your email address.")]
    [InlineData("nope", "x", "Email", "Enter an email address like name@example.com.")]
    [InlineData("a@example.com", "", "Password", "Enter your password.")]
    public async Task Bad_sign_in_input_is_answered_400_beside_the_field(string email, string password, string field, string message)
    {
        var response = await app.Browser().SignInAsync(email, password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, Accounts.FieldError(await response.HtmlAsync(), field));
    }

    [Fact]
    public async Task Sign_out_is_a_post_with_antiforgery_and_ends_the_session()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var client = await app.SignedInCustomerAsync(email);

        var forged = await client.PostFormAsync("/account/logout", new Dictionary<string, string>(), token: null);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);

        var signedOut = await client.SubmitAsync("/account/logout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_and_its_messages_speak_french()
    {
        var client = app.Browser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var page = await (await client.GetAsync("/fr/account/login")).HtmlAsync();
        // The French page's form posts to its French address.
        var refused = await client.SubmitAsync("/fr/account/login", new Dictionary<string, string> { ["Email"] = "", ["Password"] = "x", ["ReturnUrl"] = "" });

        Assert.Contains("Mot de passe oublié ?", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"Password\">Mot de passe</label>", page, StringComparison.Ordinal);
        Assert.Equal("Saisissez votre adresse e-mail.", Accounts.FieldError(await refused.HtmlAsync(), "Email"));
    }

    [Fact]
    public async Task Signing_in_on_a_french_page_signs_in_on_every_page()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var client = app.Browser();

        var signedIn = await client.SubmitAsync("/fr/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = Accounts.Password, ["ReturnUrl"] = "/account" });

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.EndsWith("/fr/account", signedIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
        // The cookie is the shop's, not the French pages' (whose prefix was the default cookie path): English pages see it too.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task A_customer_is_refused_the_admin()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var client = await app.SignedInCustomerAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/users")).StatusCode);
    }
}
