using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts.Consents;
using Store.Core.Email;
using Store.Orders.Abandoned;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.Tests.Orders;

/// <summary>
/// Abandoned-cart reminders: one, after the delay, only with marketing consent and never after ordering; the guest's
/// consent at checkout and the anonymous unsubscribe link; two nodes at once; recovered orders on the admin page.
/// </summary>
public sealed partial class AbandonedCartTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    private const string Subject = "You left something in your cart";

    [Fact]
    public async Task A_customer_who_agreed_gets_one_reminder_after_the_delay_and_not_before()
    {
        var (email, api) = await ShopperAsync(consent: true);
        var item = await app.ProductAsync("Reminded Teapot " + Suffix(), 3200, 10);
        await (await api.AddAsync(item, 2)).OkJsonAsync();

        app.Time.Advance(TimeSpan.FromHours(2));
        await RemindAsync();
        Assert.Equal(0, await RemindersToAsync(email));

        app.Time.Advance(TimeSpan.FromHours(2));
        await RemindAsync();
        app.Time.Advance(TimeSpan.FromMinutes(10));
        await RemindAsync();

        Assert.Equal(1, await RemindersToAsync(email));
        var mail = await app.MailToAsync(email, Subject);
        Assert.Contains("2 × Reminded Teapot", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("/cart", Store.Tests.Accounts.Accounts.LinkIn(mail, "/cart"));
        Assert.Matches("/unsubscribe/[A-Za-z0-9_-]+", mail.HtmlBody);
    }

    [Fact]
    public async Task No_reminder_without_consent_or_once_the_cart_became_an_order()
    {
        var item = await app.ProductAsync("Unreminded Lamp " + Suffix(), 4500, 10);
        var (silent, silentApi) = await ShopperAsync(consent: false);
        await (await silentApi.AddAsync(item, 1)).OkJsonAsync();
        var (buyer, buyerApi) = await ShopperAsync(consent: true);
        await (await buyerApi.AddAsync(item, 1)).OkJsonAsync();
        app.Time.Advance(TimeSpan.FromHours(1));
        await (await (await SignedInApiAsync(buyer)).PlaceAsync()).OkJsonAsync(HttpStatusCode.Created);

        app.Time.Advance(TimeSpan.FromHours(4));
        await RemindAsync();

        Assert.Equal(0, await RemindersToAsync(silent));
        Assert.Equal(0, await RemindersToAsync(buyer));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<CartReminder>().CountAsync(r => r.Email == silent || r.Email == buyer)));
    }

    [Fact]
    public async Task A_guest_who_ticked_the_box_is_reminded_and_the_anonymous_unsubscribe_link_stops_the_next_reminder()
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail("guest-cart");
        var (guest, item, mail) = await GuestRemindedAsync(email, "Guest Reminder Vase " + Suffix());
        var link = UnsubscribePattern().Match(mail.HtmlBody!).Groups[1].Value;

        // A changed character finds nobody, showing or posting.
        var stranger = app.Browser();
        var tampered = link[..^3] + (link[^3] == 'A' ? 'B' : 'A') + link[^2..];
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(tampered)).StatusCode);
        var form = await stranger.GetStringAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync(tampered, new Dictionary<string, string>(), FormPost.TokenOf(form))).StatusCode);
        // Nothing was withdrawn by the changed links.
        Assert.True(await GrantedAsync(email));

        var done = await stranger.PostFormAsync(link, new Dictionary<string, string>(), FormPost.TokenOf(form));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("You are unsubscribed", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Set<ConsentRecord>().AnyAsync(c => c.VisitorId == ConsentLog.VisitorOfEmail(email) && !c.Granted && c.Source == "unsubscribe")));

        // The guest comes back, changes the cart and leaves again: no second reminder.
        await guest.PostCartFormAsync("/cart/add", new Dictionary<string, string> { ["variantId"] = item.VariantId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["quantity"] = "1" });
        app.Time.Advance(TimeSpan.FromHours(4));
        await RemindAsync();
        Assert.Equal(1, await RemindersToAsync(email));
    }

    [Fact]
    public async Task Two_nodes_sending_at_once_send_one_reminder()
    {
        var (email, api) = await ShopperAsync(consent: true);
        await (await api.AddAsync(await app.ProductAsync("Raced Reminder Bowl " + Suffix(), 1800, 10), 1)).OkJsonAsync();
        app.Time.Advance(TimeSpan.FromHours(4));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(RemindAsync)));

        Assert.Equal(1, await RemindersToAsync(email));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<CartReminder>().CountAsync(r => r.Email == email)));
    }

    [Fact]
    public async Task An_order_placed_after_the_reminder_is_recovered_revenue_on_the_admin_page()
    {
        var (email, api) = await ShopperAsync(consent: true);
        await (await api.AddAsync(await app.ProductAsync("Recovered Clock " + Suffix(), 6400, 10), 1)).OkJsonAsync();
        app.Time.Advance(TimeSpan.FromHours(4));
        await RemindAsync();
        Assert.Equal(1, await RemindersToAsync(email));
        app.Time.Advance(TimeSpan.FromDays(1));

        var order = await (await (await SignedInApiAsync(email)).PlaceAsync()).OkJsonAsync(HttpStatusCode.Created);

        var number = order.GetProperty("number").GetString()!;
        var total = order.GetProperty("total").GetInt64();
        var reminder = await app.WithDbAsync(db => db.Set<CartReminder>().SingleAsync(r => r.Email == email));
        Assert.Equal((number, total), (reminder.RecoveredOrderNumber, reminder.RecoveredTotal));
        var admin = await app.SignedInAdminAsync();
        var day = app.Time.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var html = await admin.GetStringAsync($"/admin/orders/abandoned-carts?from=2026-01-01&to={day}");
        Assert.Contains($"<a href=\"/admin/orders/{number}\">{number}</a>", html, StringComparison.Ordinal);
        var recovered = int.Parse(Regex.Match(html, "data-figure=\"recovered\">(\\d+)<").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var expected = await app.WithDbAsync(db => db.Set<CartReminder>().CountAsync(r => r.RecoveredOrderId != null));
        Assert.Equal(expected, recovered);
        Assert.True(recovered >= 1);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/admin/orders/abandoned-carts?from=someday")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await (await app.SignedInCustomerAsync(email)).GetAsync("/admin/orders/abandoned-carts")).StatusCode);
    }

    /// <summary>A guest who put a product in the cart and ticked the marketing box at checkout, then left; their reminder.</summary>
    private async Task<(HttpClient Guest, Item Item, MimeKit.MimeMessage Mail)> GuestRemindedAsync(string email, string product)
    {
        var guest = app.Browser();
        var item = await app.ProductAsync(product, 2100, 10);
        await guest.PostCartFormAsync("/cart/add", new Dictionary<string, string> { ["variantId"] = item.VariantId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["quantity"] = "1" });
        var page = await guest.GetStringAsync("/checkout");
        Assert.Contains("name=\"Marketing\"", page, StringComparison.Ordinal);
        var fields = GuestCheckoutTests.GuestFields(page, email);
        fields["Intent"] = "refresh";
        fields["Marketing"] = "true";
        Assert.Equal(HttpStatusCode.OK, (await guest.PostFormAsync("/checkout", fields, FormPost.TokenOf(page))).StatusCode);
        var consent = await app.WithDbAsync(db => db.Set<ConsentRecord>().SingleAsync(c => c.VisitorId == ConsentLog.VisitorOfEmail(email)));
        Assert.Equal((true, "checkout", ConsentPurpose.MarketingEmails.Wording), (consent.Granted, consent.Source, consent.Wording));

        app.Time.Advance(TimeSpan.FromHours(4));
        await RemindAsync();
        return (guest, item, await app.MailToAsync(email, Subject));
    }

    private static string Suffix() => Guid.NewGuid().ToString("n")[..6];

    private async Task<(string Email, HttpClient Api)> ShopperAsync(bool consent)
    {
        var (email, api) = await app.ApiShopperAsync();
        if (consent)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var user = await app.WithUsersAsync(users => users.FindByEmailAsync(email));
            await scope.ServiceProvider.GetRequiredService<ConsentLog>().RecordAsync(ConsentPurpose.MarketingEmails, true, "account", user!.Id, null, CancellationToken.None);
        }

        return (email, api);
    }

    // Access tokens expire within the hours the tests move the clock: sign in again.
    private async Task<HttpClient> SignedInApiAsync(string email)
    {
        var (access, _) = await app.CreateClient().TokensAsync(email);
        return app.Bearer(access);
    }

    private async Task RemindAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CartReminders>().SendDueAsync(CancellationToken.None);
    }

    private Task<int> RemindersToAsync(string email) =>
        app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.To.Contains(email) && m.Subject == Subject));

    private async Task<bool> GrantedAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConsentLog>().GrantedToEmailAsync(email, ConsentPurpose.MarketingEmails, CancellationToken.None);
    }

    [GeneratedRegex("https?://[^/\"]+(/unsubscribe/[A-Za-z0-9_-]+)")]
    private static partial Regex UnsubscribePattern();
}
