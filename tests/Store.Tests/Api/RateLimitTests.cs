using System.Net;
using System.Net.Http.Json;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.Tests.Api;

/// <summary>The API's token bucket: per user (or API client) when a token is sent, else per address.</summary>
public sealed class ApiRateLimitTests(ApiRateLimitTests.SmallLimits app) : IClassFixture<ApiRateLimitTests.SmallLimits>
{
    public sealed class SmallLimits : StoreAppFactory
    {
        public SmallLimits()
        {
            Setting("RateLimits:Api:Burst", "3");
            Setting("RateLimits:Api:PerMinute", "1");
        }
    }

    [Fact]
    public async Task A_client_past_its_bucket_gets_429_with_the_limit_and_a_problem_while_a_signed_in_user_has_its_own()
    {
        var admin = await app.ApiAdminAsync();
        var anonymous = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/v1/products")).StatusCode);
        }

        var refused = await anonymous.GetAsync("/api/v1/categories");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal("\"api\";q=3;w=60", refused.Headers.GetValues("RateLimit-Policy").Single());
        Assert.Matches("^\"api\";r=0;t=[0-9]+$", refused.Headers.GetValues("RateLimit").Single());
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.JsonAsync();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal("Too many requests.", problem.GetProperty("title").GetString());

        // The administrator's token is counted apart from the address the anonymous calls used up.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/account/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/products")).StatusCode);
    }
}

/// <summary>The stricter limits on the ways into an account: per address and per account named, pages and API alike.</summary>
public sealed class SignInRateLimitTests(SignInRateLimitTests.SmallLimits app) : IClassFixture<SignInRateLimitTests.SmallLimits>
{
    public sealed class SmallLimits : StoreAppFactory
    {
        public SmallLimits()
        {
            Setting("RateLimits:SignInPerAddress:Burst", "5");
            Setting("RateLimits:SignInPerAddress:PerMinute", "1");
            Setting("RateLimits:SignInPerAccount:Burst", "2");
            Setting("RateLimits:SignInPerAccount:PerMinute", "1");
        }
    }

    [Fact]
    public async Task Guesses_at_one_account_then_at_many_are_refused_on_the_api_and_the_sign_in_page()
    {
        var client = app.CreateClient();
        var first = Accounts.Accounts.NewEmail("limited");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/token", new { email = first, password = "Wrong-pass-1" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/token", new { email = first.ToUpperInvariant(), password = "Wrong-pass-2" })).StatusCode);

        // A third guess at the same account, however cased, is refused before the password is checked.
        var perAccount = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = first, password = "Wrong-pass-3" });
        Assert.Equal(HttpStatusCode.TooManyRequests, perAccount.StatusCode);
        Assert.Equal("\"sign-in\";q=2;w=60", perAccount.Headers.GetValues("RateLimit-Policy").Single());
        Assert.True(perAccount.Headers.RetryAfter is not null);
        Assert.Equal(429, (await perAccount.JsonAsync()).GetProperty("status").GetInt32());

        // Another account is still open, through the page as well, until the address has used its five.
        var browser = app.Browser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/login")).StatusCode);
        var page = await browser.SubmitAsync("/account/login", new Dictionary<string, string> { ["Email"] = Accounts.Accounts.NewEmail("other"), ["Password"] = "Wrong-pass-4" });
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/token", new { email = Accounts.Accounts.NewEmail("third"), password = "Wrong-pass-5" })).StatusCode);

        var perAddress = await browser.SubmitAsync("/account/login", new Dictionary<string, string> { ["Email"] = Accounts.Accounts.NewEmail("fourth"), ["Password"] = "Wrong-pass-6" });
        Assert.Equal(HttpStatusCode.TooManyRequests, perAddress.StatusCode);
        Assert.Contains("Too many requests", await perAddress.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("\"sign-in\";q=5;w=60", perAddress.Headers.GetValues("RateLimit-Policy").Single());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await app.CreateClient().PostAsJsonAsync("/api/v1/account/register", new { email = "x@example.com", displayName = "X", password = "Long-enough-1" })).StatusCode);
    }
}
