using System.Net;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Wishlist;

/// <summary>Back-in-stock and price-drop emails: once per event, noticed whichever node changed the catalog, and an unsubscribe link that needs no sign-in.</summary>
public sealed class AlertTests(WishlistNodes nodes) : IClassFixture<WishlistNodes>
{
    private async Task<(string Email, HttpClient Browser)> ShopperWithAsync(Item item)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail();
        await nodes.A.CreateCustomerAsync(email);
        var browser = await nodes.A.SignedInCustomerAsync(email);
        await browser.HeartAsync(item);
        return (email, browser);
    }

    [Fact]
    public async Task Stock_returning_on_another_node_sends_one_back_in_stock_email()
    {
        var item = await nodes.A.ProductAsync("Returning Scarf", 2000, 0);
        var (email, browser) = await ShopperWithAsync(item);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.ItemFormAsync("/wishlist/alerts", await nodes.A.ItemIdAsync(email, item), "stock")).StatusCode);
        Assert.Contains("Stop the back-in-stock email", await browser.GetStringAsync("/account/wishlist"), StringComparison.Ordinal);
        await nodes.A.RunAlertsAsync();
        Assert.Empty(await nodes.A.MailsToAsync(email));

        // Node B restocks; node A's job (holding the lease) notices, however often it and B's job run.
        await nodes.B.SetStockAsync(item, 4);
        await nodes.A.RunAlertsAsync();
        await nodes.A.RunAlertsAsync();
        await nodes.B.RunAlertsAsync();

        var mail = Assert.Single(await nodes.A.MailsToAsync(email));
        Assert.Equal("Returning Scarf is back in stock", mail.Subject);
        Assert.Contains("/products/", (await nodes.SentMailAsync(email, "is back in stock")).HtmlBody, StringComparison.Ordinal);

        // Out and back again is a new event: one more email, not more.
        await nodes.B.SetStockAsync(item, 0);
        await nodes.A.RunAlertsAsync();
        await nodes.B.SetStockAsync(item, 2);
        await nodes.A.RunAlertsAsync();
        await nodes.A.RunAlertsAsync();
        Assert.Equal(2, (await nodes.A.MailsToAsync(email)).Count);
    }

    [Fact]
    public async Task A_price_drop_sends_one_email_with_both_prices()
    {
        var item = await nodes.A.ProductAsync("Cheaper Boots", 12000, 3);
        var (email, browser) = await ShopperWithAsync(item);
        await browser.ItemFormAsync("/wishlist/alerts", await nodes.A.ItemIdAsync(email, item), "price");

        await nodes.B.SetPriceAsync(item, 12500);
        await nodes.A.RunAlertsAsync();
        Assert.Empty(await nodes.A.MailsToAsync(email));

        await nodes.B.SetPriceAsync(item, 9900);
        await nodes.A.RunAlertsAsync();
        await nodes.A.RunAlertsAsync();

        var mail = Assert.Single(await nodes.A.MailsToAsync(email));
        Assert.Equal("The price of Cheaper Boots dropped", mail.Subject);
        var sent = (await nodes.SentMailAsync(email, "dropped")).HtmlBody;
        Assert.Contains("$120.00", sent, StringComparison.Ordinal);
        Assert.Contains("$99.00", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unsubscribe_link_works_without_signing_in_and_a_tampered_one_is_404()
    {
        var item = await nodes.A.ProductAsync("Quiet Bell", 500, 0);
        var visitor = nodes.A.Browser();
        var email = Store.Tests.Accounts.Accounts.NewEmail("visitor");
        // The out-of-stock product page's form: no account, an address typed in.
        var asked = await visitor.PostCartFormAsync("/wishlist/alerts", new Dictionary<string, string> { ["variantId"] = item.VariantId.ToString(), ["email"] = email });
        Assert.Contains($"We will email {email} when Quiet Bell is back in stock.", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.PostCartFormAsync("/wishlist/alerts", new Dictionary<string, string> { ["variantId"] = item.VariantId.ToString(), ["email"] = "not an address" })).StatusCode);

        await nodes.A.SetStockAsync(item, 1);
        await nodes.A.RunAlertsAsync();
        Assert.Single(await nodes.A.MailsToAsync(email));
        var link = Wishlists.UnsubscribePath(await nodes.SentMailAsync(email, "is back in stock"));
        Assert.NotEmpty(link);

        var stranger = nodes.B.Browser();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(link[..^4] + "AAAA")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostCartFormAsync(link[..^4] + "AAAA", new Dictionary<string, string>())).StatusCode);
        Assert.Contains("Unsubscribe", await stranger.GetStringAsync(link), StringComparison.Ordinal);
        var done = await stranger.PostCartFormAsync(link, new Dictionary<string, string>());
        Assert.Contains("You will get no more emails about this product.", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await nodes.A.SetStockAsync(item, 0);
        await nodes.A.RunAlertsAsync();
        await nodes.A.SetStockAsync(item, 3);
        await nodes.A.RunAlertsAsync();
        Assert.Single(await nodes.A.MailsToAsync(email));
    }
}
