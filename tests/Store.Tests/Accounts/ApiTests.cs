using System.Net;
using System.Net.Http.Json;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

public sealed class ApiTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    private static object Address(string name = "Grace Hopper") =>
        new { fullName = name, line1 = "1 Navy Way", city = "Arlington", postalCode = "22201", country = "US", phone = "+1 555 0100", isDefault = false };

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, (await response.JsonAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Register_answers_202_and_validation_problems_name_the_fields()
    {
        var client = app.CreateClient();
        var email = Accounts.NewEmail("api");

        var created = await client.PostAsJsonAsync("/api/v1/account/register", new { email, displayName = "Api Person", password = Accounts.Password });
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        await app.MailToAsync(email, "Confirm your email address");
        var notConfirmed = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = Accounts.Password });
        await AssertProblemAsync(notConfirmed, HttpStatusCode.Forbidden);

        var bad = await client.PostAsJsonAsync("/api/v1/account/register", new { email = "nope", displayName = new string('x', 101), password = "short" });
        await AssertProblemAsync(bad, HttpStatusCode.BadRequest);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.Equal("Enter an email address like name@example.com.", errors.GetProperty("email")[0].GetString());
        Assert.Equal("Your name must be at most 100 characters.", errors.GetProperty("displayName")[0].GetString());
        Assert.False(errors.TryGetProperty("password", out _));

        // A taken address is answered like a free one; its owner hears of it by email.
        var duplicate = await client.PostAsJsonAsync("/api/v1/account/register", new { email, displayName = "Again", password = Accounts.Password });
        Assert.Equal(HttpStatusCode.Accepted, duplicate.StatusCode);
        await app.MailToAsync(email, "Someone tried to use your email address");
    }

    [Fact]
    public async Task Malformed_json_and_empty_bodies_are_400_problems()
    {
        var client = app.CreateClient();

        var malformed = await client.PostAsync("/api/v1/auth/token", new StringContent("{\"email\":", System.Text.Encoding.UTF8, "application/json"));
        var empty = await client.PostAsync("/api/v1/account/register", new StringContent("", System.Text.Encoding.UTF8, "application/json"));

        await AssertProblemAsync(malformed, HttpStatusCode.BadRequest);
        await AssertProblemAsync(empty, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Token_then_profile_then_refresh_rotates_the_refresh_token()
    {
        var email = Accounts.NewEmail("api");
        await app.CreateCustomerAsync(email, name: "Tok En");
        var client = app.CreateClient();
        var (access, refresh) = await client.TokensAsync(email);

        var profile = await (await app.Bearer(access).GetAsync("/api/v1/account/profile")).JsonAsync();
        Assert.Equal(email, profile.GetProperty("email").GetString());
        Assert.Equal("Customer", profile.GetProperty("roles")[0].GetString());

        var rotated = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh });
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var next = await rotated.JsonAsync();
        Assert.NotEqual(refresh, next.GetProperty("refreshToken").GetString());
        Assert.Equal(600, next.GetProperty("expiresIn").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await app.Bearer(next.GetProperty("accessToken").GetString()!).GetAsync("/api/v1/account/profile")).StatusCode);
    }

    [Fact]
    public async Task Reusing_a_refresh_token_revokes_the_whole_family()
    {
        var email = Accounts.NewEmail("api");
        await app.CreateCustomerAsync(email);
        var client = app.CreateClient();
        var (_, first) = await client.TokensAsync(email);
        var (_, otherDevice) = await client.TokensAsync(email);
        var second = (await (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = first })).JsonAsync()).GetProperty("refreshToken").GetString();

        var replay = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = first });
        await AssertProblemAsync(replay, HttpStatusCode.Unauthorized);

        // The thief's replay killed the rightful holder's newer token too, but not another sign-in's family.
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = second }), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = otherDevice })).StatusCode);
    }

    [Fact]
    public async Task Access_tokens_expire_after_ten_minutes_and_refresh_tokens_after_fourteen_days()
    {
        var email = Accounts.NewEmail("api");
        await app.CreateCustomerAsync(email);
        var (access, refresh) = await app.CreateClient().TokensAsync(email);

        app.Time.Advance(TimeSpan.FromMinutes(11));
        await AssertProblemAsync(await app.Bearer(access).GetAsync("/api/v1/account/profile"), HttpStatusCode.Unauthorized);
        var renewed = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh });
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);

        app.Time.Advance(TimeSpan.FromDays(15));
        var late = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = (await renewed.JsonAsync()).GetProperty("refreshToken").GetString() });
        await AssertProblemAsync(late, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Sign_out_revokes_the_refresh_token_even_after_the_access_token_expired()
    {
        var email = Accounts.NewEmail("api");
        await app.CreateCustomerAsync(email);
        var (_, refresh) = await app.CreateClient().TokensAsync(email);
        var (_, otherDevice) = await app.CreateClient().TokensAsync(email);
        app.Time.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(HttpStatusCode.NoContent, (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/revoke", new { refreshToken = refresh })).StatusCode);

        await AssertProblemAsync(await app.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh }), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = otherDevice })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/revoke", new { refreshToken = "unknown" })).StatusCode);
        await AssertProblemAsync(await app.CreateClient().PostAsJsonAsync("/api/v1/auth/revoke", new { refreshToken = "" }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Two_refreshes_racing_with_one_token_give_tokens_to_one_of_them_only()
    {
        var email = Accounts.NewEmail("api");
        await app.CreateCustomerAsync(email);
        var (_, refresh) = await app.CreateClient().TokensAsync(email);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh })));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task Wrong_passwords_lock_the_account_through_the_api_too()
    {
        var email = Accounts.NewEmail("api");
        await app.CreateCustomerAsync(email);
        var client = app.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Wrong-pass-1" }), HttpStatusCode.Unauthorized);
        }

        // Locked: the right password is refused with the same 401 as a wrong one (a 429 told who has an account).
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = Accounts.Password }), HttpStatusCode.Unauthorized);
        Assert.True(await app.WithUsersAsync(async users => await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!)));
    }

    [Fact]
    public async Task Without_a_token_or_with_only_a_cookie_the_api_answers_401()
    {
        await AssertProblemAsync(await app.CreateClient().GetAsync("/api/v1/account/profile"), HttpStatusCode.Unauthorized);
        var email = Accounts.NewEmail("api");
        await app.CreateCustomerAsync(email);
        var browser = await app.SignedInCustomerAsync(email);

        await AssertProblemAsync(await browser.GetAsync("/api/v1/account/profile"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await app.Bearer("not.a.token").GetAsync("/api/v1/account/profile"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_bearer_token_does_not_open_the_storefront_pages()
    {
        var email = Accounts.NewEmail("api");
        await app.CreateCustomerAsync(email);
        var (access, _) = await app.CreateClient().TokensAsync(email);
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", access);

        var response = await client.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Profile_and_password_through_the_api()
    {
        var email = Accounts.NewEmail("api");
        await app.CreateCustomerAsync(email);
        var (access, refresh) = await app.CreateClient().TokensAsync(email);
        var client = app.Bearer(access);

        var renamed = await client.PutAsJsonAsync("/api/v1/account/profile", new { displayName = "Renamed", email });
        Assert.Equal("Renamed", (await renamed.JsonAsync()).GetProperty("displayName").GetString());
        var bad = await client.PutAsJsonAsync("/api/v1/account/profile", new { displayName = "", email = "x" });
        await AssertProblemAsync(bad, HttpStatusCode.BadRequest);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("displayName", out _) && errors.TryGetProperty("email", out _));

        var wrong = await client.PostAsJsonAsync("/api/v1/account/password", new { currentPassword = "Wrong-pass-1", newPassword = "Api-changed-pass-1" });
        await AssertProblemAsync(wrong, HttpStatusCode.BadRequest);
        Assert.True((await wrong.JsonAsync()).GetProperty("errors").TryGetProperty("currentPassword", out _));
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/v1/account/password", new { currentPassword = Accounts.Password, newPassword = "Api-changed-pass-1" })).StatusCode);

        await AssertProblemAsync(await client.GetAsync("/api/v1/account/profile"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await app.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh }), HttpStatusCode.Unauthorized);
        await app.CreateClient().TokensAsync(email, "Api-changed-pass-1");
    }

    [Fact]
    public async Task Addresses_through_the_api_and_another_users_id_is_404()
    {
        var owner = Accounts.NewEmail("api");
        var other = Accounts.NewEmail("api");
        await app.CreateCustomerAsync(owner);
        await app.CreateCustomerAsync(other);
        var mine = app.Bearer((await app.CreateClient().TokensAsync(owner)).Access);
        var theirs = app.Bearer((await app.CreateClient().TokensAsync(other)).Access);

        var created = await mine.PostAsJsonAsync("/api/v1/account/addresses", Address());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var address = await created.JsonAsync();
        var id = address.GetProperty("id").GetInt32();
        Assert.True(address.GetProperty("isDefault").GetBoolean());
        Assert.Equal($"/api/v1/account/addresses/{id}", created.Headers.Location!.OriginalString);

        var updated = await mine.PutAsJsonAsync($"/api/v1/account/addresses/{id}", Address("Grace B. Hopper"));
        Assert.Equal("Grace B. Hopper", (await updated.JsonAsync()).GetProperty("fullName").GetString());
        Assert.Single((await (await mine.GetAsync("/api/v1/account/addresses")).JsonAsync()).EnumerateArray());

        await AssertProblemAsync(await theirs.GetAsync($"/api/v1/account/addresses/{id}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await theirs.PutAsJsonAsync($"/api/v1/account/addresses/{id}", Address("Mallory")), HttpStatusCode.NotFound);
        await AssertProblemAsync(await theirs.DeleteAsync($"/api/v1/account/addresses/{id}"), HttpStatusCode.NotFound);
        Assert.Empty((await (await theirs.GetAsync("/api/v1/account/addresses")).JsonAsync()).EnumerateArray());

        var invalid = await mine.PostAsJsonAsync("/api/v1/account/addresses", new { fullName = "", line1 = new string('l', 201), city = "X", postalCode = "!!", country = "Narnia" });
        await AssertProblemAsync(invalid, HttpStatusCode.BadRequest);
        var errors = (await invalid.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "fullName", "line1", "postalCode", "country" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await mine.DeleteAsync($"/api/v1/account/addresses/{id}")).StatusCode);
        await AssertProblemAsync(await mine.GetAsync($"/api/v1/account/addresses/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Admin_user_listing_needs_the_manage_users_permission()
    {
        var email = Accounts.NewEmail("api");
        await app.CreateCustomerAsync(email, name: "Listed Person");
        var customer = app.Bearer((await app.CreateClient().TokensAsync(email)).Access);
        var admin = app.Bearer((await app.CreateClient().TokensAsync(StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword)).Access);

        await AssertProblemAsync(await customer.GetAsync("/api/v1/admin/users"), HttpStatusCode.Forbidden);

        var page = await (await admin.GetAsync("/api/v1/admin/users?q=listed&role=Customer")).JsonAsync();
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(email, page.GetProperty("items")[0].GetProperty("email").GetString());
        await AssertProblemAsync(await admin.GetAsync("/api/v1/admin/users?page=0"), HttpStatusCode.BadRequest);
    }
}
