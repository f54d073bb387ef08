using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Store.Core.Email;
using Store.Orders.Orders;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Privacy;

/// <summary>
/// A customer downloads what the shop holds about them and erases their account: deleted when nothing must stay,
/// anonymised when orders and invoices must be kept, refused while an order is under way; a failed erasure changes nothing.
/// </summary>
public sealed class PrivacyTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    private static readonly object Home = new { fullName = "Ada Home", line1 = "7 Rue Haute", city = "Nantes", postalCode = "44000", country = "FR" };

    [Fact]
    public async Task The_export_holds_the_profile_addresses_cart_orders_and_emails_and_nobody_elses()
    {
        var (email, api) = await app.ApiShopperAsync();
        var (_, other) = await app.ApiShopperAsync();
        var mug = await app.ProductAsync("Export Mug", 1_200, 10);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/account/addresses", Home)).StatusCode);
        await api.AddAsync(mug, 1);
        var number = (await (await api.PlaceAsync()).JsonAsync()).GetProperty("number").GetString();
        await other.AddAsync(mug, 2);
        var otherNumber = (await (await other.PlaceAsync()).JsonAsync()).GetProperty("number").GetString();
        await api.AddAsync(mug, 3);

        var export = await (await api.GetAsync("/api/v1/account/export")).JsonAsync();

        Assert.Equal(email, export.GetProperty("profile").GetProperty("email").GetString());
        Assert.Equal("Nantes", Assert.Single(export.GetProperty("addresses").EnumerateArray()).GetProperty("city").GetString());
        var order = Assert.Single(export.GetProperty("orders").EnumerateArray());
        Assert.Equal(number, order.GetProperty("number").GetString());
        Assert.Equal(12.00m, order.GetProperty("subtotal").GetDecimal());
        Assert.Equal("Export Mug", Assert.Single(order.GetProperty("lines").EnumerateArray()).GetProperty("productName").GetString());
        Assert.Equal(3, Assert.Single(export.GetProperty("cart").GetProperty("lines").EnumerateArray()).GetProperty("quantity").GetInt32());
        Assert.Equal(JsonValueKind.Array, export.GetProperty("emails").ValueKind);
        Assert.DoesNotContain(otherNumber!, export.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_account_page_downloads_the_same_data_as_a_json_file()
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var browser = await app.SignedInCustomerAsync(email);

        var page = await (await browser.GetAsync("/account/privacy")).HtmlAsync();
        Assert.Contains("Download my data", page, StringComparison.Ordinal);
        var file = await browser.GetAsync("/account/privacy/export");

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/json", file.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("my-data-", file.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        var json = JsonDocument.Parse(await file.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(email, json.GetProperty("profile").GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().GetAsync("/account/privacy/export")).StatusCode);
    }

    [Fact]
    public async Task Without_orders_the_account_is_deleted_and_the_address_is_free_again()
    {
        var (email, api) = await app.ApiShopperAsync();
        await api.PostAsJsonAsync("/api/v1/account/addresses", Home);
        await api.AddAsync(await app.ProductAsync("Erase Lamp", 3_000, 5), 1);
        var userId = (await app.WithUsersAsync(users => users.FindByEmailAsync(email)))!.Id;

        var wrong = await api.PostAsJsonAsync("/api/v1/account/erasure", new { password = "not-the-password-1" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/account/export")).StatusCode);

        var erased = await api.PostAsJsonAsync("/api/v1/account/erasure", new { password = Store.Tests.Accounts.Accounts.Password });

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Equal("deleted", (await erased.JsonAsync()).GetProperty("outcome").GetString());
        Assert.Null(await app.WithUsersAsync(users => users.FindByEmailAsync(email)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Store.Cart.Carts.Cart>().CountAsync(c => c.UserId == userId)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.To == email)));
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Browser().SignInAsync(email)).StatusCode);
        await app.CreateCustomerAsync(email);
    }

    [Fact]
    public async Task An_order_under_way_refuses_the_erasure_and_nothing_changes()
    {
        var (email, api) = await app.ApiShopperAsync();
        await api.PostAsJsonAsync("/api/v1/account/addresses", Home);
        await api.AddAsync(await app.ProductAsync("Pending Vase", 2_000, 5), 1);
        var number = (await (await api.PlaceAsync()).JsonAsync()).GetProperty("number").GetString();

        var refused = await api.PostAsJsonAsync("/api/v1/account/erasure", new { password = Store.Tests.Accounts.Accounts.Password });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains($"Order {number} is still under way (Pending)", (await refused.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var export = await (await api.GetAsync("/api/v1/account/export")).JsonAsync();
        Assert.Equal(email, export.GetProperty("profile").GetProperty("email").GetString());
        Assert.Single(export.GetProperty("addresses").EnumerateArray());
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().SignInAsync(email)).StatusCode);
    }

    [Fact]
    public async Task With_a_finished_order_the_account_is_anonymised_and_the_order_stays_for_the_books()
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var (access, _) = await app.CreateClient().TokensAsync(email);
        var api = app.Bearer(access);
        await api.AddAsync(await app.ProductAsync("Kept Bowl", 1_500, 5), 1);
        var number = (await (await api.PlaceAsync()).JsonAsync()).GetProperty("number").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/orders/{number}/cancel", null)).StatusCode);
        var browser = await app.SignedInCustomerAsync(email);

        var empty = await browser.SubmitAsync("/account/privacy", new Dictionary<string, string> { ["Password"] = "" }, "/account/privacy/erase");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("Enter your password to erase your account.", Store.Tests.Accounts.Accounts.FieldError(await empty.HtmlAsync(), "Password"));

        var erased = await browser.SubmitAsync("/account/privacy", new Dictionary<string, string> { ["Password"] = Store.Tests.Accounts.Accounts.Password }, "/account/privacy/erase");

        var html = await erased.HtmlAsync();
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Contains("Your account is closed and your personal details are removed.", html, StringComparison.Ordinal);
        Assert.Contains("1 order(s) and their invoices", html, StringComparison.Ordinal);
        Assert.Null(await app.WithUsersAsync(users => users.FindByEmailAsync(email)));
        var order = await app.WithDbAsync(db => db.Set<Order>().AsNoTracking().SingleAsync(o => o.Number == number));
        var user = await app.WithUsersAsync(users => users.FindByIdAsync(order.UserId!));
        Assert.Equal(("Erased customer", $"erased-{order.UserId}@erased.invalid", null), (user!.DisplayName, user.Email, user.PasswordHash));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/account/export")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Browser().SignInAsync(email)).StatusCode);
    }

    [Fact]
    public async Task Staff_download_a_customers_data_and_erase_the_account_and_the_audit_log_says_so()
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail();
        var id = await app.CreateCustomerAsync(email);
        var admin = await app.SignedInAdminAsync();

        var file = await admin.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string>(), $"/admin/users/{id}?handler=Export");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(email, JsonDocument.Parse(await file.Content.ReadAsStringAsync()).RootElement.GetProperty("profile").GetProperty("email").GetString());

        var erased = await admin.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string>(), $"/admin/users/{id}?handler=Erase");
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Contains("The account is deleted.", await erased.HtmlAsync(), StringComparison.Ordinal);
        Assert.Null(await app.WithUsersAsync(users => users.FindByIdAsync(id)));
        var audit = await (await admin.GetAsync("/admin/audit")).HtmlAsync();
        Assert.Contains("Data exported", audit, StringComparison.Ordinal);
        Assert.Contains("Account erased", audit, StringComparison.Ordinal);

        // A customer cannot reach another's data through the admin.
        var other = Store.Tests.Accounts.Accounts.NewEmail();
        var otherId = await app.CreateCustomerAsync(other);
        var customer = await app.SignedInCustomerAsync(other);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync($"/admin/users/{otherId}")).StatusCode);
    }
}
