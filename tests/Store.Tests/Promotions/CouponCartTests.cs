using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Store.Promotions.Coupons;
using Store.Tests.Orders;

namespace Store.Tests.Promotions;

/// <summary>
/// One code in the cart, through the API and the page without script: the discount line and the new total at once,
/// every refusal with its reason, and a refused code changes nothing. Default shop: shipping 5.00, free from 50.00
/// of goods (after discounts), no tax rates.
/// </summary>
public sealed class CouponCartTests(PromotionsAppFactory app) : IClassFixture<PromotionsAppFactory>
{
    [Fact]
    public async Task A_percentage_code_in_any_case_shows_its_line_and_the_new_total()
    {
        var code = Promo.NewCode("TEN");
        await app.CouponAsync(new CouponInput(code, "10 % off everything", "percentage", Percent: 10m));
        var lamp = await app.ProductAsync("Code Lamp", 4000, 10);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(lamp, 1)).OkJsonAsync();

        var cart = await (await api.ApplyCodeAsync(code.ToLowerInvariant())).OkJsonAsync();

        Assert.Equal(code, cart.GetProperty("couponCode").GetString());
        var line = Assert.Single(cart.GetProperty("discounts").EnumerateArray());
        Assert.Equal(("coupon", code, "10 % off everything", 400L), (line.GetProperty("kind").GetString(), line.GetProperty("code").GetString(), line.GetProperty("description").GetString(), line.GetProperty("amount").GetInt64()));
        // 40.00 - 4.00 = 36.00 of goods, under the 50.00 free-shipping threshold: 5.00 shipping.
        Assert.Equal((4000L, 400L, 500L, 4100L), (cart.GetProperty("subtotal").GetInt64(), cart.GetProperty("discountTotal").GetInt64(), cart.GetProperty("shipping").GetInt64(), cart.GetProperty("total").GetInt64()));
    }

    [Fact]
    public async Task A_fixed_amount_never_takes_the_goods_below_zero_and_free_shipping_takes_shipping_off()
    {
        var big = Promo.NewCode("BIG");
        var ship = Promo.NewCode("SHIP");
        await app.CouponAsync(new CouponInput(big, "100.00 off", "fixed_amount", Amount: 10000));
        await app.CouponAsync(new CouponInput(ship, "Free shipping", "free_shipping"));
        var mug = await app.ProductAsync("Code Mug", 1250, 10);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(mug, 2)).OkJsonAsync();

        var fixedOff = await (await api.ApplyCodeAsync(big)).OkJsonAsync();
        await api.DeleteAsync("/api/v1/cart/coupon");
        var freeShipping = await (await api.ApplyCodeAsync(ship)).OkJsonAsync();

        Assert.Equal((2500L, 500L, 500L), (fixedOff.GetProperty("discountTotal").GetInt64(), fixedOff.GetProperty("shipping").GetInt64(), fixedOff.GetProperty("total").GetInt64()));
        var line = Assert.Single(freeShipping.GetProperty("discounts").EnumerateArray());
        Assert.Equal(("shipping", 500L), (line.GetProperty("kind").GetString(), line.GetProperty("amount").GetInt64()));
        Assert.Equal(2500L, freeShipping.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Removing_the_code_puts_the_total_back()
    {
        var code = Promo.NewCode();
        await app.CouponAsync(new CouponInput(code, "5.00 off", "fixed_amount", Amount: 500));
        var vase = await app.ProductAsync("Code Vase", 6000, 10);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(vase, 1)).OkJsonAsync();
        var applied = await (await api.ApplyCodeAsync(code)).OkJsonAsync();

        var removed = await api.DeleteAsync("/api/v1/cart/coupon");
        var cart = await (await api.GetAsync("/api/v1/cart")).OkJsonAsync();

        Assert.Equal(5500L, applied.GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal((JsonValueKind.Null, 0, 6000L), (cart.GetProperty("couponCode").ValueKind, cart.GetProperty("discounts").GetArrayLength(), cart.GetProperty("total").GetInt64()));
    }

    [Fact]
    public async Task Each_refusal_says_why_and_changes_nothing()
    {
        var now = app.Now();
        var lamps = await app.CategoryAsync("Lamps");
        var (lampInCategory, _) = await app.ProductInAsync("Refusal Lamp", 4000, 10, lamps);
        var chair = await app.ProductAsync("Refusal Chair", 4000, 10);
        var (expired, early, minimum, lampsOnly, off, usedUp, once) = (Promo.NewCode(), Promo.NewCode(), Promo.NewCode(), Promo.NewCode(), Promo.NewCode(), Promo.NewCode(), Promo.NewCode());
        await app.CouponAsync(new CouponInput(expired, "Gone", "percentage", Percent: 10m, StartsUtc: now.AddDays(-10), EndsUtc: now.AddDays(-1)));
        await app.CouponAsync(new CouponInput(early, "Soon", "percentage", Percent: 10m, StartsUtc: now.AddDays(2)));
        await app.CouponAsync(new CouponInput(minimum, "Big baskets", "fixed_amount", Amount: 1000, MinimumSubtotal: 10000));
        await app.CouponAsync(new CouponInput(lampsOnly, "Lamps", "percentage", Percent: 10m, Categories: [lamps]));
        await app.CouponAsync(new CouponInput(off, "Stopped", "percentage", Percent: 10m, Active: false));
        await app.CouponAsync(new CouponInput(usedUp, "One only", "percentage", Percent: 10m, UsageLimit: 1));
        await app.CouponAsync(new CouponInput(once, "Once each", "percentage", Percent: 10m, PerCustomerLimit: 1));

        // Another customer takes the only use; this one uses "once each" on an order of their own.
        var (_, other) = await app.ApiShopperAsync();
        await (await other.AddAsync(chair, 1)).OkJsonAsync();
        await (await other.ApplyCodeAsync(usedUp)).OkJsonAsync();
        await (await other.PlaceAsync()).OkJsonAsync(HttpStatusCode.Created);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(chair, 1)).OkJsonAsync();
        await (await api.ApplyCodeAsync(once)).OkJsonAsync();
        await (await api.PlaceAsync()).OkJsonAsync(HttpStatusCode.Created);
        await (await api.AddAsync(chair, 1)).OkJsonAsync();
        var before = await (await api.GetAsync("/api/v1/cart")).OkJsonAsync();

        var answers = new Dictionary<string, string>();
        foreach (var code in new[] { "NOPE-" + Guid.NewGuid().ToString("n")[..6], expired, early, minimum, lampsOnly, off, usedUp, once })
        {
            var response = await api.ApplyCodeAsync(code);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            answers[code] = await response.RefusalAsync();
        }

        var after = await (await api.GetAsync("/api/v1/cart")).OkJsonAsync();
        Assert.StartsWith("We do not know the code NOPE-", answers.First().Value, StringComparison.Ordinal);
        Assert.Equal($"The code {expired} expired on {now.AddDays(-1):d MMMM yyyy}.", answers[expired]);
        Assert.StartsWith($"The code {early} is valid from ", answers[early], StringComparison.Ordinal);
        Assert.Equal($"The code {minimum} needs a subtotal of $100.00: add $60.00 more.", answers[minimum]);
        Assert.Equal($"The code {lampsOnly} applies to nothing in your cart.", answers[lampsOnly]);
        Assert.Equal($"The code {off} is no longer valid.", answers[off]);
        Assert.Equal($"The code {usedUp} has been used up.", answers[usedUp]);
        Assert.Equal($"You have already used the code {once}.", answers[once]);
        Assert.Equal((JsonValueKind.Null, before.GetProperty("total").GetInt64()), (after.GetProperty("couponCode").ValueKind, after.GetProperty("total").GetInt64()));

        // The category code does apply once a lamp is in the cart, to the lamp only.
        await (await api.AddAsync(lampInCategory, 1)).OkJsonAsync();
        var applied = await (await api.ApplyCodeAsync(lampsOnly)).OkJsonAsync();
        Assert.Equal(400L, applied.GetProperty("discountTotal").GetInt64());
    }

    [Fact]
    public async Task An_empty_code_and_an_empty_cart_are_refused_with_a_message()
    {
        var (_, api) = await app.ApiShopperAsync();

        var empty = await api.ApplyCodeAsync("  ");
        var noCart = await api.ApplyCodeAsync("ANY-CODE");
        var unreadable = await api.PostAsync("/api/v1/cart/coupon", new StringContent("{\"code\": 12", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal("Enter a code.", await empty.RefusalAsync());
        Assert.Equal("Add something to your cart before entering a code.", await noCart.RefusalAsync());
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
    }

    [Fact]
    public async Task The_cart_page_applies_and_removes_a_code_without_script()
    {
        var code = Promo.NewCode("PAGE");
        await app.CouponAsync(new CouponInput(code, "Page discount", "fixed_amount", Amount: 750));
        var bowl = await app.ProductAsync("Page Bowl", 3000, 10);
        var browser = app.CreateClient();
        await browser.PostCartFormAsync("/cart/add", new Dictionary<string, string> { ["variantId"] = bowl.VariantId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["quantity"] = "1" });

        var refused = await browser.PostCartFormAsync("/cart/coupon", new Dictionary<string, string> { ["code"] = "WRONG-1" });
        var refusedPage = await refused.Content.ReadAsStringAsync();
        var applied = await browser.PostCartFormAsync("/cart/coupon", new Dictionary<string, string> { ["code"] = code.ToLowerInvariant() });
        var page = await applied.Content.ReadAsStringAsync();
        var removed = await (await browser.PostCartFormAsync("/cart/coupon/remove", new Dictionary<string, string>())).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("We do not know the code WRONG-1: check its spelling.", refusedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Contains($"Code {code}: Page discount", page, StringComparison.Ordinal);
        Assert.Contains("−$7.50", page, StringComparison.Ordinal);
        Assert.Contains("<dd data-total>$27.50</dd>", page, StringComparison.Ordinal); // 30.00 - 7.50 + 5.00 shipping
        Assert.DoesNotContain("Page discount", removed, StringComparison.Ordinal);
        Assert.Contains("<dd data-total>$35.00</dd>", removed, StringComparison.Ordinal);
    }
}
