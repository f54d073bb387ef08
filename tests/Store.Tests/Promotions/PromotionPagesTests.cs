using System.Net;
using System.Net.Http.Json;
using Store.Promotions.Sales;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Promotions;

/// <summary>Automatic promotions: the sale price with the old one struck through on lists and product pages, and in the cart.</summary>
public sealed class PromotionPagesTests(PromotionsAppFactory app) : IClassFixture<PromotionsAppFactory>
{
    [Fact]
    public async Task A_running_promotion_shows_the_sale_price_on_pages_and_charges_it_in_the_cart()
    {
        var now = app.Now();
        var lamps = await app.CategoryAsync("Lamps");
        var desk = await app.CategoryAsync("Desk", lamps);
        var (lamp, slug) = await app.ProductInAsync("Sale Desk Lamp", 4999, 10, desk);
        var (later, laterSlug) = await app.ProductInAsync("Later Lamp", 3000, 10);
        var staff = await app.ApiAdminAsync();
        var created = await staff.PostAsJsonAsync("/api/v1/admin/promotions", new { name = "20 % off lamps this week", percent = 20, startsUtc = now.AddHours(-1), endsUtc = now.AddDays(7), categories = new[] { lamps } });
        await app.PromotionAsync(new PromotionInput("Not yet", 50m, now.AddDays(1), now.AddDays(2), Products: [laterSlug]));

        var page = await app.CreateClient().GetStringAsync($"/products/{slug}");
        var list = await app.CreateClient().GetStringAsync($"/categories/{lamps}");
        var laterPage = await app.CreateClient().GetStringAsync($"/products/{laterSlug}");
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(lamp, 2)).OkJsonAsync();
        var cart = await (await api.GetAsync("/api/v1/cart")).OkJsonAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        // 49.99 less 20 % (9.998 -> 10.00) = 39.99, a subcategory's product included.
        Assert.Contains("<span data-variant-price>$39.99</span>", page, StringComparison.Ordinal);
        Assert.Contains("<span data-variant-compare>$49.99</span>", page, StringComparison.Ordinal);
        Assert.Contains("$39.99 <s class=\"was\">$49.99</s>", list, StringComparison.Ordinal);
        Assert.Contains("<span data-variant-price>$30.00</span>", laterPage, StringComparison.Ordinal);
        var line = Assert.Single(cart.GetProperty("discounts").EnumerateArray());
        Assert.Equal(("promotion", "20 % off lamps this week", 2000L), (line.GetProperty("kind").GetString(), line.GetProperty("description").GetString(), line.GetProperty("amount").GetInt64()));
        Assert.Equal(3999L, cart.GetProperty("lines")[0].GetProperty("saleUnitPrice").GetInt64());
        Assert.Equal(7998L, cart.GetProperty("total").GetInt64()); // 2 x 39.99, free shipping from 50.00
    }

    [Fact]
    public async Task A_promotion_and_a_coupon_are_refused_whole_when_a_field_is_wrong()
    {
        var staff = await app.ApiAdminAsync();
        var (_, customer) = await app.ApiShopperAsync();
        var now = app.Now();

        var noTarget = await staff.PostAsJsonAsync("/api/v1/admin/promotions", new { name = "Nothing", percent = 10, startsUtc = now, endsUtc = now.AddDays(1) });
        var badDates = await staff.PostAsJsonAsync("/api/v1/admin/promotions", new { name = "Backwards", percent = 10, startsUtc = now, endsUtc = now.AddDays(-1), categories = new[] { "no-such-category" } });
        var code = Promo.NewCode("API");
        var first = await staff.PostAsJsonAsync("/api/v1/admin/coupons", new { code, description = "Ten off", kind = "fixed_amount", amount = 1000 });
        var again = await staff.PostAsJsonAsync("/api/v1/admin/coupons", new { code = code.ToLowerInvariant(), description = "Same", kind = "percentage", percent = 5 });
        var badKind = await staff.PostAsJsonAsync("/api/v1/admin/coupons", new { code = Promo.NewCode(), description = "?", kind = "half_price" });
        var forbidden = await customer.PostAsJsonAsync("/api/v1/admin/coupons", new { code = Promo.NewCode(), description = "Mine", kind = "free_shipping" });
        var id = (await first.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
        var deactivated = await (await staff.PutAsJsonAsync($"/api/v1/admin/coupons/{id}", new { code, description = "Ten off", kind = "fixed_amount", amount = 1000, active = false })).OkJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, noTarget.StatusCode);
        Assert.Contains("Name at least one category or product", await noTarget.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var errors = (await badDates.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("endsUtc", out _) && errors.TryGetProperty("categories", out _));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Contains($"Another coupon already has the code {code}.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.False(deactivated.GetProperty("active").GetBoolean());
        var all = await (await staff.GetAsync("/api/v1/admin/coupons")).OkJsonAsync();
        Assert.Single(all.EnumerateArray(), c => c.GetProperty("code").GetString() == code);
    }

    [Fact]
    public async Task A_merchandiser_makes_a_coupon_in_the_admin_and_sees_it_listed()
    {
        var admin = await app.SignedInAdminAsync();
        var code = Promo.NewCode("ADM");

        var saved = await admin.SubmitAsync("/admin/coupons", new Dictionary<string, string>
        {
            ["Coupon.Code"] = code.ToLowerInvariant(),
            ["Coupon.Description"] = "Welcome",
            ["Coupon.Kind"] = "fixed_amount",
            ["Coupon.Amount"] = "12.50",
            ["Coupon.UsageLimit"] = "5",
            ["Coupon.Active"] = "true",
        }, "/admin/coupons?handler=Save");
        var refused = await admin.SubmitAsync("/admin/coupons", new Dictionary<string, string>
        {
            ["Coupon.Code"] = "x",
            ["Coupon.Description"] = "",
            ["Coupon.Kind"] = "percentage",
            ["Coupon.Percent"] = "150",
            ["Coupon.Active"] = "true",
        }, "/admin/coupons?handler=Save");
        var list = await admin.GetStringAsync("/admin/coupons");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(code, list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Enter a code of 3 to 32", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("$12.50 off", list, StringComparison.Ordinal);
        Assert.Contains("0 of 5", list, StringComparison.Ordinal);
    }
}
