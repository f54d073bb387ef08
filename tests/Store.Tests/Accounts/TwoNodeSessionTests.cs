using System.Net;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

/// <summary>Two web nodes on one database: a session ended on one is refused by the other at its next request.</summary>
public sealed class TwoNodeSessionTests(TwoNodeSessionTests.TwoNodes nodes) : IClassFixture<TwoNodeSessionTests.TwoNodes>
{
    [Fact]
    public async Task Sign_out_on_one_node_is_refused_at_once_on_the_other()
    {
        var email = Accounts.NewEmail();
        await nodes.A.CreateCustomerAsync(email);
        var (client, cookie) = await nodes.A.SignInWithCookieAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await nodes.B.ReplayAsync(cookie, "/account")).StatusCode);
        Assert.True(await nodes.B.SignedInAsync(cookie));

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/account/logout", new Dictionary<string, string>())).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await nodes.B.ReplayAsync(cookie, "/account")).StatusCode);
        Assert.False(await nodes.B.SignedInAsync(cookie));
    }

    [Fact]
    public async Task An_admin_sign_out_on_one_node_is_refused_on_the_other()
    {
        var admin = nodes.A.Browser();
        var cookie = Sessions.AuthCookieOf(await admin.SubmitAsync("/admin/login", new Dictionary<string, string> { ["Email"] = StoreAppFactory.AdminEmail, ["Password"] = StoreAppFactory.AdminPassword }));
        Assert.Equal(HttpStatusCode.OK, (await nodes.B.ReplayAsync(cookie, "/admin/users")).StatusCode);

        await admin.SubmitAsync("/admin/logout", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, (await nodes.B.ReplayAsync(cookie, "/admin/users")).StatusCode);
    }

    public sealed class TwoNodes() : TwoShopNodes<StoreAppFactory>(new StoreAppFactory())
    {
        protected override StoreAppFactory OtherNode(TestDatabase database) => new Other(database);

        private sealed class Other(TestDatabase database) : StoreAppFactory(database);
    }
}
