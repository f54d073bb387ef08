using System.Net;
using System.Net.Http.Json;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

/// <summary>Sign-out ends the session on the server: a copy of the cookie taken before it is refused after.</summary>
public sealed class SessionTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    private const string Firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    private const string Safari = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    [Fact]
    public async Task A_cookie_copied_before_storefront_sign_out_is_refused_after_it()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var (client, cookie) = await app.SignInWithCookieAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await app.ReplayAsync(cookie, "/account")).StatusCode);
        Assert.True(await app.SignedInAsync(cookie));

        var signOut = await client.SubmitAsync("/account/logout", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var replayed = await app.ReplayAsync(cookie, "/account");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal("/account/login", replayed.Headers.Location!.AbsolutePath);
        Assert.False(await app.SignedInAsync(cookie));
    }

    [Fact]
    public async Task A_cookie_copied_before_admin_sign_out_is_refused_after_it()
    {
        var admin = app.Browser();
        var signIn = await admin.SubmitAsync("/admin/login", new Dictionary<string, string> { ["Email"] = StoreAppFactory.AdminEmail, ["Password"] = StoreAppFactory.AdminPassword });
        var cookie = Sessions.AuthCookieOf(signIn);
        Assert.Equal(HttpStatusCode.OK, (await app.ReplayAsync(cookie, "/admin/users")).StatusCode);

        var signOut = await admin.SubmitAsync("/admin/logout", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var replayed = await app.ReplayAsync(cookie, "/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal("/admin/login", replayed.Headers.Location!.AbsolutePath);
        Assert.False(await app.SignedInAsync(cookie));
    }

    [Fact]
    public async Task The_account_lists_its_sessions_and_ends_one_of_them()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var (laptop, laptopCookie) = await app.SignInWithCookieAsync(email, Firefox);
        var (_, phoneCookie) = await app.SignInWithCookieAsync(email, Safari);

        var page = await (await laptop.GetAsync("/account/sessions")).HtmlAsync();
        Assert.Contains("Firefox on Windows", page, StringComparison.Ordinal);
        Assert.Contains("Safari on iPhone", page, StringComparison.Ordinal);
        Assert.Contains("This device", page, StringComparison.Ordinal);
        // The visitor's culture's short date and time: English here, 11/25/2026 12:00 PM (ICU puts a narrow no-break
        // space, encoded, before PM).
        Assert.Matches(@"signed in \d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d\d(&#x202F;|\s)?[AP]M UTC", page);
        var phoneSession = Sessions.IdOfCard(page, "Safari on iPhone");

        var ended = await laptop.SubmitAsync("/account/sessions", new Dictionary<string, string>(), $"/account/sessions/{phoneSession}/end");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.False(await app.SignedInAsync(phoneCookie));
        Assert.True(await app.SignedInAsync(laptopCookie));
        var after = await (await laptop.GetAsync("/account/sessions?ended=1")).HtmlAsync();
        Assert.DoesNotContain("Safari on iPhone", after, StringComparison.Ordinal);
        Assert.Contains("The session has been signed out.", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_users_session_cannot_be_ended()
    {
        var mine = Accounts.NewEmail();
        var theirs = Accounts.NewEmail();
        await app.CreateCustomerAsync(mine);
        await app.CreateCustomerAsync(theirs);
        var (me, _) = await app.SignInWithCookieAsync(mine);
        var (them, theirCookie) = await app.SignInWithCookieAsync(theirs);
        var theirId = Sessions.IdOfCard(await (await them.GetAsync("/account/sessions")).HtmlAsync(), "This device");

        var refused = await me.SubmitAsync("/account/sessions", new Dictionary<string, string>(), $"/account/sessions/{theirId}/end");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.True(await app.SignedInAsync(theirCookie));
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_every_session_and_every_api_token()
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var (first, firstCookie) = await app.SignInWithCookieAsync(email);
        var (_, secondCookie) = await app.SignInWithCookieAsync(email);
        var api = app.CreateClient();
        var (access, refresh) = await api.TokensAsync(email);

        var everywhere = await first.SubmitAsync("/account/sessions", new Dictionary<string, string>(), "/account/sessions/end-all");

        Assert.Equal(HttpStatusCode.Redirect, everywhere.StatusCode);
        Assert.Contains("You have been signed out on every device.", await (await first.GetAsync(everywhere.Headers.Location!.OriginalString)).HtmlAsync(), StringComparison.Ordinal);
        Assert.False(await app.SignedInAsync(firstCookie));
        Assert.False(await app.SignedInAsync(secondCookie));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Bearer(access).GetAsync("/api/v1/account/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh })).StatusCode);
        var again = await app.SignedInCustomerAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/account/sessions")).StatusCode);
    }
}
