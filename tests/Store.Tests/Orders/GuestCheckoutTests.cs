using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Store.Orders.Contracts;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;
using Store.Tests.Orders.Fulfilment;

namespace Store.Tests.Orders;

/// <summary>Guest checkout: buying without an account, the signed link and the number-and-email lookup, live status, making an account, the API.</summary>
public sealed partial class GuestCheckoutTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    [Fact]
    public async Task A_guest_buys_with_an_email_and_reaches_the_order_by_its_emailed_link_and_by_number_and_email()
    {
        var mug = await app.ProductAsync("Guest Mug", 1200, 5);
        var guest = app.Browser();
        var email = Store.Tests.Accounts.Accounts.NewEmail();
        await guest.PostCartFormAsync("/cart/add", new Dictionary<string, string> { ["variantId"] = mug.VariantId.ToString(), ["quantity"] = "2" });

        var page = await guest.GetStringAsync("/checkout");
        Assert.Contains("You are ordering as a guest.", page, StringComparison.Ordinal);
        var fields = GuestFields(page, email);
        var placed = await guest.PostFormAsync("/checkout", fields, FormPost.TokenOf(page));
        var again = await guest.PostFormAsync("/checkout", fields, FormPost.TokenOf(page));

        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var siteLink = placed.Headers.Location!.OriginalString;
        Assert.StartsWith("/order/", siteLink, StringComparison.Ordinal);
        var orderPage = await guest.GetStringAsync(siteLink);
        var number = NumberPattern().Match(orderPage).Groups[1].Value;
        // The double submit leads to the same order (each link is signed anew, so the two links differ).
        Assert.Contains("Order " + number, await guest.GetStringAsync(again.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Contains("Thank you: your order is placed.", orderPage, StringComparison.Ordinal);
        Assert.Contains("$24.00", orderPage, StringComparison.Ordinal);
        var order = await app.WithOrdersAsync(q => q.Where(o => o.Number == number).SingleAsync());
        Assert.Equal((null, email, OrderStatus.Pending), (order.UserId, order.Email, order.Status));
        Assert.Equal(1, await app.WithOrdersAsync(q => q.CountAsync(o => o.Email == email)));
        Assert.Equal(3, await app.StockOfAsync(mug));
        Assert.Equal(0, await guest.CartCountAsync());
        // The site's link shows the order but cannot make an account: that needs the emailed link.
        Assert.Contains("open the link in the email we sent", orderPage, StringComparison.Ordinal);

        var mail = await app.MailToAsync(email, number);
        var emailLink = EmailLink(mail);
        var fromEmail = await app.Browser().GetStringAsync(emailLink);
        Assert.Contains("Order " + number, fromEmail, StringComparison.Ordinal);
        Assert.Contains("Create my account", fromEmail, StringComparison.Ordinal);

        var stranger = app.Browser();
        var wrong = await stranger.SubmitAsync("/orders/find", new Dictionary<string, string> { ["Number"] = number, ["Email"] = "someone@else.test" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("No guest order has this number and email.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var found = await stranger.SubmitAsync("/orders/find", new Dictionary<string, string> { ["Number"] = number.ToLowerInvariant(), ["Email"] = email.ToUpperInvariant() });
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        Assert.Contains("Order " + number, await stranger.GetStringAsync(found.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_link_shows_nothing_and_customers_never_see_a_guests_order()
    {
        var (number, link, _) = await GuestOrderAsync();
        var token = link["/order/".Length..];
        var tampered = "/order/" + token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];

        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync(tampered)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync(tampered + "/events")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync("/order/" + number)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/api/v1/guest/orders/" + tampered["/order/".Length..])).StatusCode);
        var customer = Store.Tests.Accounts.Accounts.NewEmail();
        await app.CreateCustomerAsync(customer);
        var signedIn = await app.SignedInCustomerAsync(customer);
        Assert.Equal(HttpStatusCode.NotFound, (await signedIn.GetAsync($"/account/orders/{number}")).StatusCode);
        Assert.DoesNotContain(number, await signedIn.GetStringAsync("/account/orders"), StringComparison.Ordinal);
        var (access, _) = await app.CreateClient().TokensAsync(customer);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Bearer(access).GetAsync($"/api/v1/orders/{number}")).StatusCode);
    }

    [Fact]
    public async Task Bad_guest_input_is_refused_with_a_message_and_places_nothing()
    {
        var lamp = await app.ProductAsync("Guest Lamp", 3000, 2);
        var guest = app.Browser();
        await guest.PostCartFormAsync("/cart/add", new Dictionary<string, string> { ["variantId"] = lamp.VariantId.ToString(), ["quantity"] = "1" });
        var page = await guest.GetStringAsync("/checkout");
        var fields = GuestFields(page, "not-an-email");
        fields["City"] = "";

        var refused = await guest.PostFormAsync("/checkout", fields, FormPost.TokenOf(page));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("aria-invalid", html, StringComparison.Ordinal);
        Assert.Contains("email", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await app.WithOrdersAsync(q => q.CountAsync(o => o.Email == "not-an-email")));
        Assert.Equal(2, await app.StockOfAsync(lamp));
        Assert.Equal(1, await guest.CartCountAsync());
    }

    [Fact]
    public async Task The_emailed_link_turns_the_order_into_an_account_but_never_into_someone_elses()
    {
        var (number, siteLink, email) = await GuestOrderAsync();
        var emailLink = EmailLink(await app.MailToAsync(email, number));
        var guest = app.Browser();

        var fromSite = await guest.SubmitAsync(siteLink, new Dictionary<string, string> { ["password"] = "Correct-horse-9" }, siteLink + "/account");
        var weak = await guest.SubmitAsync(emailLink, new Dictionary<string, string> { ["password"] = "short" }, emailLink + "/account");
        Assert.Equal(HttpStatusCode.NotFound, fromSite.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Null(await app.WithUsersAsync(users => users.FindByEmailAsync(email)));

        var made = await guest.SubmitAsync(emailLink, new Dictionary<string, string> { ["password"] = "Correct-horse-9" }, emailLink + "/account");
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var user = await app.WithUsersAsync(users => users.FindByEmailAsync(email));
        Assert.NotNull(user);
        Assert.Equal(user.Id, await app.WithOrdersAsync(q => q.Where(o => o.Number == number).Select(o => o.UserId).SingleAsync()));
        var customer = await app.SignedInCustomerAsync(email, "Correct-horse-9");
        Assert.Contains("Order " + number, await customer.GetStringAsync($"/account/orders/{number}"), StringComparison.Ordinal);
        // The old link now leads to the account's page, which asks to sign in.
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().GetAsync(emailLink)).StatusCode);

        // A guest order with the address of an existing account: told to sign in, the order stays a guest's.
        var (second, _, _) = await GuestOrderAsync(email);
        var secondLink = EmailLink(await app.MailToAsync(email, second));
        var refused = await app.Browser().SubmitAsync(secondLink, new Dictionary<string, string> { ["password"] = "Another-horse-9" }, secondLink + "/account");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("An account already uses", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null(await app.WithOrdersAsync(q => q.Where(o => o.Number == second).Select(o => o.UserId).SingleAsync()));
    }

    [Fact]
    public async Task The_guests_link_follows_the_order_live_and_pays_through_the_offline_page()
    {
        var (number, link, _) = await GuestOrderAsync();
        var guest = app.Browser();

        using var stream = await guest.GetAsync(link + "/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
        Assert.Contains("\"status\":\"Pending\"", await LiveStatusTests.NextEventAsync(reader), StringComparison.Ordinal);

        var pay = await guest.SubmitAsync(link, new Dictionary<string, string>(), link + "/pay");
        Assert.Equal(HttpStatusCode.Redirect, pay.StatusCode);
        var offline = pay.Headers.Location!.OriginalString;
        Assert.StartsWith("/payments/offline/", offline, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync(offline.Split('?')[0])).StatusCode);
        var paid = await guest.SubmitAsync(offline, new Dictionary<string, string>(), offline.Replace("?", "/pay?", StringComparison.Ordinal));
        Assert.Equal(link + "/payment/success", paid.Headers.Location!.OriginalString);

        Assert.Contains("\"status\":\"Paid\"", await LiveStatusTests.NextEventAsync(reader).WaitAsync(TimeSpan.FromSeconds(30)), StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Paid, await app.StatusAsync(number));
    }

    [Fact]
    public async Task The_api_places_a_guest_order_from_an_anonymous_cart_once_per_key()
    {
        var kettle = await app.ProductAsync("Guest Kettle", 5000, 4);
        var client = app.CreateClient();
        var cart = await (await client.PostAsJsonAsync("/api/v1/cart/items", new { variantId = kettle.VariantId, quantity = 1 })).OkJsonAsync();
        var cartToken = cart.GetProperty("cartToken").GetString()!;
        var email = Store.Tests.Accounts.Accounts.NewEmail();

        var bad = await client.SendAsync(GuestPlace(cartToken, "k1", new { email = "nope", address = Shop.Address }));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"email\"", await bad.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var first = await (await client.SendAsync(GuestPlace(cartToken, "k1", new { email, address = Shop.Address }))).OkJsonAsync(HttpStatusCode.Created);
        var retry = await (await client.SendAsync(GuestPlace(cartToken, "k1", new { email, address = Shop.Address }))).OkJsonAsync();
        var number = first.GetProperty("order").GetProperty("number").GetString()!;

        Assert.Equal(number, retry.GetProperty("order").GetProperty("number").GetString());
        Assert.Equal(5000L, first.GetProperty("order").GetProperty("total").GetInt64());
        var read = await (await client.GetAsync("/api/v1/guest/orders/" + first.GetProperty("token").GetString())).OkJsonAsync();
        Assert.Equal(number, read.GetProperty("order").GetProperty("number").GetString());
        Assert.Equal(3, await app.StockOfAsync(kettle));
        var noCart = await client.SendAsync(GuestPlace("forged", "k2", new { email, address = Shop.Address }));
        Assert.Equal(HttpStatusCode.Conflict, noCart.StatusCode);
    }

    /// <summary>A pending guest order placed through the checkout form: its number, its site link, and the email.</summary>
    internal async Task<(string Number, string Link, string Email)> GuestOrderAsync(string? email = null)
    {
        email ??= Store.Tests.Accounts.Accounts.NewEmail();
        var item = await app.ProductAsync("Guest Item " + Guid.NewGuid().ToString("n")[..6], 1500, 10);
        var guest = app.Browser();
        await guest.PostCartFormAsync("/cart/add", new Dictionary<string, string> { ["variantId"] = item.VariantId.ToString(), ["quantity"] = "1" });
        var page = await guest.GetStringAsync("/checkout");
        var placed = await guest.PostFormAsync("/checkout", GuestFields(page, email), FormPost.TokenOf(page));
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        var link = placed.Headers.Location!.OriginalString.Split('?')[0];
        var number = NumberPattern().Match(await guest.GetStringAsync(link)).Groups[1].Value;
        return (number, link, email);
    }

    internal static Dictionary<string, string> GuestFields(string page, string email) => new()
    {
        ["PlaceToken"] = Regex.Match(page, "name=\"PlaceToken\" value=\"([^\"]+)\"").Groups[1].Value,
        ["Email"] = email,
        ["Address"] = "new",
        ["FullName"] = "Gus Guest",
        ["Line1"] = "2 Quai Guest",
        ["City"] = "Lyon",
        ["PostalCode"] = "69002",
        ["Country"] = "FR",
    };

    internal static string EmailLink(MimeKit.MimeMessage mail)
    {
        var match = Regex.Match(mail.HtmlBody ?? mail.TextBody ?? "", "https?://[^/\"]+(/order/[A-Za-z0-9_-]+)");
        Assert.True(match.Success, "No order link in: " + mail.HtmlBody);
        return match.Groups[1].Value;
    }

    private static HttpRequestMessage GuestPlace(string cartToken, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/guest/orders") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        request.Headers.Add("Cart-Token", cartToken);
        return request;
    }

    [GeneratedRegex("Order ([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})")]
    private static partial Regex NumberPattern();
}
