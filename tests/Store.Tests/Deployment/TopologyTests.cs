using System.Net;
using Npgsql;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.Tests.Deployment;

/// <summary>
/// The compose topology run for real (<see cref="ShopTopology"/>): a shopper and a merchandiser use the shop
/// through the proxy while their requests land on either node.
/// </summary>
public sealed class TopologyTests(ShopTopology shop) : IClassFixture<ShopTopology>
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(20);

    /// <summary>One browser (one cookie jar) from the shopper's address; <paramref name="node"/> pins its requests.</summary>
    private HttpClient Browser(CookieContainer cookies, string? node = null, string? baseUrl = null)
    {
        var handler = LoopbackAddress.From(LoopbackAddress.Shopper, new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl ?? shop.Proxy.Url) };
        if (node is not null)
        {
            client.DefaultRequestHeaders.Add(TestProxy.PinHeader, node);
        }

        return client;
    }

    [PostgresFact]
    public async Task Health_answers_on_both_nodes_and_the_proxy_spreads_requests_over_them()
    {
        using var direct = new HttpClient();
        foreach (var node in new[] { "a", "b" })
        {
            var ready = await direct.GetAsync(shop.NodeUrl(node) + "/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await direct.GetAsync(shop.NodeUrl(node) + "/health/live")).StatusCode);
        }

        using var browser = Browser(new CookieContainer());
        var servedBy = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var home = await browser.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            servedBy.Add(home.Headers.GetValues(TestProxy.ServedByHeader).Single());
        }

        Assert.Equal(["a", "b"], servedBy.Distinct().Order());
    }

    [PostgresFact]
    public async Task A_shopper_registered_and_signed_in_on_one_node_stays_signed_in_on_the_other()
    {
        var cookies = new CookieContainer();
        using var onA = Browser(cookies, "a");
        using var onB = Browser(cookies, "b");
        var email = Accounts.Accounts.NewEmail("topology");

        var registered = await onA.SubmitAsync("/account/register", new Dictionary<string, string> { ["Email"] = email, ["DisplayName"] = "Nia Nodes", ["Password"] = Accounts.Accounts.Password });
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var mail = await shop.Smtp.WaitForAsync(email, m => m.Subject == "Confirm your email address");
        // The link carries the shop's public address (Email__BaseUrl), the proxy, not a node.
        Assert.Contains(shop.Proxy.Url + "/account/confirm?", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await onB.GetAsync(Accounts.Accounts.LinkIn(mail, "/account/confirm"))).StatusCode);

        // Signed in on A (the antiforgery token of the form comes from A too)...
        Assert.Equal(HttpStatusCode.Redirect, (await onA.SignInAsync(email)).StatusCode);

        // ...and B reads the cookie with the key ring both share through the database.
        var account = await onB.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Equal("b", account.Headers.GetValues(TestProxy.ServedByHeader).Single());
        Assert.Contains("Nia Nodes", await account.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A form read on B is accepted on A: antiforgery tokens cross nodes as well.
        var profile = await onB.GetStringAsync("/account/profile");
        var saved = await onA.PostFormAsync("/account/profile", new Dictionary<string, string> { ["DisplayName"] = "Nia Twonodes", ["Email"] = email }, FormPost.TokenOf(profile));
        Assert.True(saved.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"profile save answered {(int)saved.StatusCode}");
        Assert.Contains("Nia Twonodes", await onB.GetStringAsync("/account"), StringComparison.Ordinal);

        using var stranger = Browser(new CookieContainer(), "b");
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/account")).StatusCode);
    }

    [PostgresFact]
    public async Task Emails_queued_on_either_node_are_each_sent_once()
    {
        var addresses = Enumerable.Range(0, 4).Select(i => Accounts.Accounts.NewEmail("once" + i)).ToList();
        await Task.WhenAll(addresses.Select(async (email, i) =>
        {
            using var browser = Browser(new CookieContainer(), i % 2 == 0 ? "a" : "b");
            var registered = await browser.SubmitAsync("/account/register", new Dictionary<string, string> { ["Email"] = email, ["DisplayName"] = "Once", ["Password"] = Accounts.Accounts.Password });
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        }));

        // Both nodes' senders see every row; each row is marked sent once it has gone out.
        await Eventually.ValueAsync(async () => await UnsentAsync(addresses) == 0 ? "all sent" : null, "The outbox still holds unsent messages.", Soon);
        foreach (var email in addresses)
        {
            await shop.Smtp.WaitForAsync(email);
        }

        foreach (var email in addresses)
        {
            Assert.Single(shop.Smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == email));
        }
    }

    [PostgresFact]
    public async Task A_product_created_and_renamed_through_node_A_shows_so_in_node_B_s_list()
    {
        var admin = new CookieContainer();
        using var adminOnA = Browser(admin, "a");
        Assert.Equal(HttpStatusCode.Redirect, (await adminOnA.SubmitAsync("/admin/login", new Dictionary<string, string> { ["Email"] = shop.AdminEmail, ["Password"] = ShopTopology.AdminPassword })).StatusCode);
        using var shopperOnB = Browser(new CookieContainer(), "b");
        Assert.DoesNotContain("Harbour Lamp", await shopperOnB.GetStringAsync("/products?q=harbour"), StringComparison.Ordinal);

        var created = await adminOnA.SubmitAsync("/admin/catalog/products/new", new Dictionary<string, string>
        {
            ["Form.Name"] = "Harbour Lamp",
            ["Form.Sku"] = "HL-1",
            ["Form.Price"] = "49.00",
            ["Form.Stock"] = "5",
            ["submit"] = "publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("a", created.Headers.GetValues(TestProxy.ServedByHeader).Single());
        await ListShowsAsync(shopperOnB, "Harbour Lamp");

        var editUrl = created.Headers.Location!.OriginalString;
        var renamed = await adminOnA.SubmitAsync(editUrl, new Dictionary<string, string>
        {
            ["Form.Name"] = "Harbour Lantern",
            ["Form.Slug"] = "harbour-lantern",
            ["Form.Sku"] = "HL-1",
            ["Form.Price"] = "49.00",
            ["Form.Stock"] = "5",
            ["Form.StockShown"] = "5",
            ["submit"] = "publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        await ListShowsAsync(shopperOnB, "Harbour Lantern");
        var list = await shopperOnB.GetStringAsync("/products?q=harbour");
        Assert.Contains("Harbour Lantern", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour Lamp", list, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task The_client_s_address_reaches_the_shop_through_the_proxy_and_a_spoofed_one_is_ignored()
    {
        // Through the proxy: the node sees the shopper's address (127.0.0.3), not the proxy's (127.0.0.2).
        using var throughProxy = Browser(new CookieContainer(), "a");
        var viaProxy = "/deploy-probe-" + Guid.NewGuid().ToString("n");
        await throughProxy.GetAsync(viaProxy);
        await Eventually.UntilAsync(() => shop.NodeA.Logged(viaProxy), Soon);
        Assert.True(shop.NodeA.Logged($"GET {viaProxy} from {LoopbackAddress.Shopper} over http"), Lines(shop.NodeA, viaProxy));

        // The proxy terminating TLS says so, and the node believes it.
        var viaTls = "/deploy-probe-" + Guid.NewGuid().ToString("n");
        using (var request = new HttpRequestMessage(HttpMethod.Get, viaTls))
        {
            request.Headers.Add(TestProxy.TlsHeader, "1");
            await throughProxy.SendAsync(request);
        }

        await Eventually.UntilAsync(() => shop.NodeA.Logged(viaTls), Soon);
        Assert.True(shop.NodeA.Logged($"GET {viaTls} from {LoopbackAddress.Shopper} over https"), Lines(shop.NodeA, viaTls));

        // A client claiming another address through the proxy: the proxy replaces the claim.
        var spoofedViaProxy = "/deploy-probe-" + Guid.NewGuid().ToString("n");
        using (var request = new HttpRequestMessage(HttpMethod.Get, spoofedViaProxy))
        {
            request.Headers.Add("X-Forwarded-For", "198.51.100.7");
            await throughProxy.SendAsync(request);
        }

        await Eventually.UntilAsync(() => shop.NodeA.Logged(spoofedViaProxy), Soon);
        Assert.True(shop.NodeA.Logged($"GET {spoofedViaProxy} from {LoopbackAddress.Shopper} over http"), Lines(shop.NodeA, spoofedViaProxy));

        // Straight to a node, past the proxy: the claimed address and scheme are ignored.
        using var direct = Browser(new CookieContainer(), baseUrl: shop.NodeUrl("b"));
        var spoofedDirect = "/deploy-probe-" + Guid.NewGuid().ToString("n");
        using (var request = new HttpRequestMessage(HttpMethod.Get, spoofedDirect))
        {
            request.Headers.Add("X-Forwarded-For", "198.51.100.8");
            request.Headers.Add("X-Forwarded-Proto", "https");
            await direct.SendAsync(request);
        }

        await Eventually.UntilAsync(() => shop.NodeB.Logged(spoofedDirect), Soon);
        Assert.True(shop.NodeB.Logged($"GET {spoofedDirect} from {LoopbackAddress.Shopper} over http"), Lines(shop.NodeB, spoofedDirect));
        Assert.False(shop.NodeA.Logged("198.51.100.") || shop.NodeB.Logged("198.51.100."), "a node took a client's X-Forwarded-For");
    }

    /// <summary>Node B's storefront list (its cached page is refreshed within 2 seconds of a change elsewhere).</summary>
    private static Task<string> ListShowsAsync(HttpClient onB, string name) =>
        Eventually.ValueAsync(
            async () => (await onB.GetStringAsync("/products?q=harbour")).Contains(name, StringComparison.Ordinal) ? name : null,
            $"Node B's list never showed {name}.",
            Soon);

    private static string Lines(ShopProcess node, string text) =>
        $"{node.Name} logged: " + string.Join(" | ", node.Output.Split('\n').Where(l => l.Contains(text, StringComparison.Ordinal)));

    private async Task<long> UnsentAsync(List<string> addresses)
    {
        await using var connection = new NpgsqlConnection(shop.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT count(*) FILTER (WHERE "SentUtc" IS NULL) + (@n - count(*)) FROM "OutboxMessages" WHERE "To" = ANY(@to)""", connection);
        command.Parameters.AddWithValue("to", addresses.ToArray());
        command.Parameters.AddWithValue("n", (long)addresses.Count);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
