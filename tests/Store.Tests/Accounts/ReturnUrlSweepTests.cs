using System.Net;
using System.Text;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

/// <summary>
/// Every sign-in path gets a sweep of odd return URLs, as they arrive on the wire (already percent-encoded):
/// none may answer a 500, and a redirect always stays on this site with a header-safe location. A NUL
/// byte makes ASP.NET Core refuse the whole form (400, nothing done), which is a fine answer too.
/// </summary>
public sealed class ReturnUrlSweepTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    public static readonly TheoryData<string> Sweep =
    [
        "%2F%E3%80%82evil.test",            // "/。evil.test": non-ASCII was a 500
        "%2F%C3%A9t%C3%A9",                 // accented path
        "%2F%F0%9F%98%80",                  // an emoji (a surrogate pair)
        "%2F%ED%A0%80",                     // a lone surrogate, invalid UTF-8
        "%2F%FF%FE",                        // bytes that are not UTF-8 at all
        "%2F%00evil",                       // NUL
        "%2F%09%2Fevil.test",               // tab between the slashes
        "%2Faccount%0D%0ASet-Cookie:%20x=1",// header injection
        "%2F%E2%80%A8",                     // line separator
        "%2F%2F%2Fevil.test",               // three slashes
        "%2F%252F%252Fevil.test",           // encoded slashes, encoded again
        "%2F%5Cevil.test",                  // backslash
        "%EF%BC%8F%EF%BC%8Fevil.test",      // fullwidth solidus
        "%2F%20evil",                       // a space
        "https%3A%2F%2Fevil.test",
        "%2Faccount%3Fq%3D%C3%BC%23frag",   // query and fragment with non-ASCII
        "%2F" + new string('a', 3000),      // too long
    ];

    [Theory]
    [MemberData(nameof(Sweep))]
    public async Task Storefront_sign_in_never_fails_and_stays_on_the_site(string encoded)
    {
        var email = Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var client = app.Browser();

        var page = await client.GetAsync("/account/login?returnUrl=" + encoded);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var signIn = await PostRawAsync(client, "/account/login", await page.HtmlAsync(), $"Email={Uri.EscapeDataString(email)}&Password={Uri.EscapeDataString(Accounts.Password)}&ReturnUrl={encoded}");

        if (AssertSafeRedirect(signIn, encoded))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Sweep))]
    public async Task Admin_sign_in_never_fails_and_stays_on_the_site(string encoded)
    {
        var client = app.Browser();

        var page = await client.GetAsync("/admin/login?ReturnUrl=" + encoded);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var signIn = await PostRawAsync(client, "/admin/login?ReturnUrl=" + encoded, await page.HtmlAsync(),
            $"Email={Uri.EscapeDataString(StoreAppFactory.AdminEmail)}&Password={Uri.EscapeDataString(StoreAppFactory.AdminPassword)}&ReturnUrl={encoded}");

        AssertSafeRedirect(signIn, encoded);
    }

    [Theory]
    [MemberData(nameof(Sweep))]
    public async Task Registration_carries_the_return_url_without_failing(string encoded)
    {
        var client = app.Browser();

        var page = await client.GetAsync("/account/register?returnUrl=" + encoded);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var registered = await PostRawAsync(client, "/account/register", await page.HtmlAsync(),
            $"Email={Uri.EscapeDataString(Accounts.NewEmail())}&DisplayName=Odd&Password={Uri.EscapeDataString(Accounts.Password)}&ReturnUrl={encoded}");

        Assert.Equal(RefusesForm(encoded) ? HttpStatusCode.BadRequest : HttpStatusCode.OK, registered.StatusCode);
        if (!RefusesForm(encoded))
        {
            Assert.Contains("Check your inbox", await registered.HtmlAsync(), StringComparison.Ordinal);
        }
    }

    private static bool RefusesForm(string encoded) => encoded.Contains("%00", StringComparison.Ordinal);

    private static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string url, string html, string body)
    {
        var token = Uri.EscapeDataString(FormPost.TokenOf(html)!);
        return await client.PostAsync(url, new StringContent(body + "&__RequestVerificationToken=" + token, Encoding.ASCII, "application/x-www-form-urlencoded"));
    }

    /// <summary>True for a redirect (checked to stay on this site); false for a 400 refusing the form.</summary>
    private static bool AssertSafeRedirect(HttpResponseMessage response, string encoded)
    {
        if (RefusesForm(encoded))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return false;
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/", location, StringComparison.Ordinal);
        Assert.False(location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal), location);
        Assert.All(location, c => Assert.InRange(c, '!', '~'));
        return true;
    }
}
