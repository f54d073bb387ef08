using System.Globalization;
using System.Net;
using Store.Promotions.Coupons;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Promotions;

/// <summary>
/// A code entered before signing in comes along into the user's cart (Cart's merge); the user's own code wins when
/// both carts have one; a kept code this user may not use says why on the cart and stops the order until removed.
/// </summary>
public sealed class CouponSignInTests(PromotionsAppFactory app) : IClassFixture<PromotionsAppFactory>
{
    private static Dictionary<string, string> Add(Item item) => new() { ["variantId"] = item.VariantId.ToString(CultureInfo.InvariantCulture), ["quantity"] = "1" };

    private async Task<HttpClient> AnonymousWithCodeAsync(Item item, string code)
    {
        var browser = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostCartFormAsync("/cart/add", Add(item))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostCartFormAsync("/cart/coupon", new Dictionary<string, string> { ["code"] = code })).StatusCode);
        return browser;
    }

    [Fact]
    public async Task The_code_entered_before_signing_in_stays_on_the_cart_with_its_discount()
    {
        var code = Promo.NewCode("KEEP");
        await app.CouponAsync(new CouponInput(code, "Keep six", "fixed_amount", Amount: 600));
        var bowl = await app.ProductAsync("Kept Bowl", 3000, 10);
        var email = Store.Tests.Accounts.Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var browser = await AnonymousWithCodeAsync(bowl, code);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(email)).StatusCode);
        var page = await browser.GetStringAsync("/cart");

        Assert.Contains($"The code {code} you entered before signing in is on your cart.", page, StringComparison.Ordinal);
        Assert.Contains($"<strong data-coupon-code>{code}</strong>", page, StringComparison.Ordinal);
        Assert.Contains($"Code {code}: Keep six", page, StringComparison.Ordinal);
        Assert.Contains("<dd data-total>$29.00</dd>", page, StringComparison.Ordinal); // 30.00 - 6.00 + 5.00 shipping
        Assert.DoesNotContain("data-coupon-message", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_signed_in_carts_code_wins_and_the_shopper_is_told_which_code_was_not_kept()
    {
        var (own, other) = (Promo.NewCode("OWN"), Promo.NewCode("OTHER"));
        await app.CouponAsync(new CouponInput(own, "Own code", "fixed_amount", Amount: 100));
        await app.CouponAsync(new CouponInput(other, "Other code", "fixed_amount", Amount: 900));
        var cup = await app.ProductAsync("Merge Cup", 2000, 10);
        var email = Store.Tests.Accounts.Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var account = await app.SignedInCustomerAsync(email);
        await account.PostCartFormAsync("/cart/add", Add(cup));
        Assert.Equal(HttpStatusCode.Redirect, (await account.PostCartFormAsync("/cart/coupon", new Dictionary<string, string> { ["code"] = own })).StatusCode);
        var browser = await AnonymousWithCodeAsync(cup, other);

        await browser.SignInAsync(email);
        var page = await browser.GetStringAsync("/cart");

        Assert.Contains($"The code {other} you entered before signing in was not kept: your cart already has the code {own}, and an order takes one code.", page, StringComparison.Ordinal);
        Assert.Contains($"<strong data-coupon-code>{own}</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Other code", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kept_code_the_user_has_already_used_says_so_on_the_cart_and_the_order_waits_for_its_removal()
    {
        var code = Promo.NewCode("ONCE");
        await app.CouponAsync(new CouponInput(code, "Once each", "percentage", Percent: 20m, PerCustomerLimit: 1));
        var vase = await app.ProductAsync("Once Vase", 4000, 20);
        var (email, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(vase, 1)).OkJsonAsync();
        await (await api.ApplyCodeAsync(code)).OkJsonAsync();
        await (await api.PlaceAsync()).OkJsonAsync(HttpStatusCode.Created);
        // Signed out, the shopper enters the same code again: an anonymous cart cannot know who will use it.
        var browser = await AnonymousWithCodeAsync(vase, code);

        await browser.SignInAsync(email);
        var page = await browser.GetStringAsync("/cart");
        var refused = await api.PlaceAsync();
        var refusal = await refused.Content.ReadAsStringAsync();
        await api.DeleteAsync("/api/v1/cart/coupon");
        var placed = await api.PlaceAsync();

        Assert.Contains($"<strong data-coupon-code>{code}</strong>", page, StringComparison.Ordinal);
        Assert.Contains($"data-coupon-message>You have already used the code {code}.</p>", page, StringComparison.Ordinal);
        Assert.Contains("<dd data-total>$45.00</dd>", page, StringComparison.Ordinal); // nothing taken off: 40.00 + 5.00
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains($"You have already used the code {code}.", refusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
    }
}
