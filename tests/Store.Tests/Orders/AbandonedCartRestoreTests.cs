using System.Net;
using System.Text.RegularExpressions;
using Store.Tests.Infrastructure;

namespace Store.Tests.Orders;

/// <summary>The guest's "Back to my cart" link: a signed link that brings the cart back in any browser.</summary>
public sealed partial class AbandonedCartTests
{
    [Fact]
    public async Task A_guests_reminder_brings_the_cart_back_in_another_browser_until_it_is_ordered_and_a_changed_link_answers_404()
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail("guest-restore");
        var name = "Restored Jug " + Suffix();
        var (guest, _, mail) = await GuestRemindedAsync(email, name);
        var link = RestorePattern().Match(mail.HtmlBody!).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(link), "No restore link in: " + mail.HtmlBody);
        var phone = app.Browser();
        Assert.DoesNotContain(name, await phone.GetStringAsync("/cart"), StringComparison.Ordinal);

        var tampered = await phone.GetAsync(link[..^3] + (link[^3] == 'A' ? 'B' : 'A') + link[^2..]);
        var opened = await phone.GetAsync(link);

        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/cart?restored=1", opened.Headers.Location?.OriginalString);
        var cart = await phone.GetStringAsync("/cart?restored=1");
        Assert.Contains(name, cart, StringComparison.Ordinal);
        Assert.Contains("Here is the cart you left: it is yours in this browser now.", cart, StringComparison.Ordinal);

        // The guest orders it (from the first browser): the link now says so, and nobody's cart changes.
        var page = await guest.GetStringAsync("/checkout");
        Assert.Equal(HttpStatusCode.Redirect, (await guest.PostFormAsync("/checkout", GuestCheckoutTests.GuestFields(page, email), FormPost.TokenOf(page))).StatusCode);
        var late = app.Browser();
        var gone = await late.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, gone.StatusCode);
        var html = await gone.Content.ReadAsStringAsync();
        Assert.Contains("The cart in this link is no longer here: it was ordered, emptied or has expired.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(name, html, StringComparison.Ordinal);
        Assert.DoesNotContain(name, await phone.GetStringAsync("/cart"), StringComparison.Ordinal);
    }

    [GeneratedRegex("https?://[^/\"]+(/cart/restore/[A-Za-z0-9_-]+)")]
    private static partial Regex RestorePattern();
}
