using System.Net;
using Store.Promotions.Coupons;
using Store.Promotions.Sales;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;
using Store.Tests.Payments;
using Store.Tests.Taxes;

namespace Store.Tests.Promotions;

/// <summary>
/// The discount lines an order keeps, where the customer and staff read them: the order emails (written from the
/// theme's Liquid templates), the customer's order page, and the admin's order detail (page and API).
/// </summary>
public sealed class DiscountLinesTests(CouponStripeAppFactory app) : IClassFixture<CouponStripeAppFactory>
{
    [Fact]
    public async Task A_paid_order_shows_its_promotion_and_code_lines_in_its_emails_its_page_and_the_admin_detail()
    {
        await app.SetUpAsync(pricesIncludeTax: true);
        var now = app.Now();
        var code = Promo.NewCode("MAIL");
        await app.CouponAsync(new CouponInput(code, "Five off", "fixed_amount", Amount: 500));
        var jugs = await app.CategoryAsync("Jugs");
        var (jug, _) = await app.ProductInAsync("Mail Jug", 2000, 10, jugs);
        await app.PromotionAsync(new PromotionInput("Jugs week", 10m, now.AddDays(-1), now.AddDays(6), Categories: [jugs]));
        var (email, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(jug, 2)).OkJsonAsync();
        await (await api.ApplyCodeAsync(code)).OkJsonAsync();

        var placed = await (await api.PlaceAsync(body: new { address = TaxShop.FrenchAddress })).OkJsonAsync(HttpStatusCode.Created);
        var number = placed.GetProperty("number").GetString()!;
        await api.StartPaymentAsync(number);
        await app.SendEventAsync("checkout.session.completed", app.SessionEventObject(number));

        // 2 × 20.00 = 40.00; the promotion takes 10 % (4.00), the code 5.00; France's standard shipping 4.90: 35.90.
        var promotionRow = "<td style=\"padding:4px 0\">Jugs week</td><td style=\"padding:4px 0;text-align:right\">−$4.00</td>";
        var codeRow = $"<td style=\"padding:4px 0\">Code {code}: Five off</td><td style=\"padding:4px 0;text-align:right\">−$5.00</td>";
        foreach (var subject in new[] { $"Order {number} received", $"Order {number} is paid" })
        {
            var mail = (await app.MailToAsync(email, subject)).HtmlBody;
            Assert.Contains(promotionRow, mail, StringComparison.Ordinal);
            Assert.Contains(codeRow, mail, StringComparison.Ordinal);
            Assert.Contains("$35.90", mail, StringComparison.Ordinal);
        }

        var page = await (await app.SignedInCustomerAsync(email)).GetStringAsync($"/account/orders/{number}");
        Assert.Contains("<dt data-order-discount=\"promotion\">Jugs week</dt><dd>−$4.00</dd>", page, StringComparison.Ordinal);
        Assert.Contains($"<dt data-order-discount=\"coupon\">Code {code}: Five off</dt><dd>−$5.00</dd>", page, StringComparison.Ordinal);

        var admin = await (await app.SignedInAdminAsync()).GetStringAsync($"/admin/orders/{number}");
        Assert.Contains("<tr data-order-discount=\"promotion\"><th scope=\"row\" colspan=\"5\">Jugs week</th><td class=\"num\">−$4.00</td></tr>", admin, StringComparison.Ordinal);
        Assert.Contains($"<tr data-order-discount=\"coupon\"><th scope=\"row\" colspan=\"5\">Code {code}: Five off</th><td class=\"num\">−$5.00</td></tr>", admin, StringComparison.Ordinal);
        Assert.Contains("id=\"order-total\">$35.90</td>", admin, StringComparison.Ordinal);

        var detail = await (await (await app.ApiAdminAsync()).GetAsync($"/api/v1/admin/orders/{number}")).OkJsonAsync();
        Assert.Equal(new[] { ("promotion", (string?)null, 400L), ("coupon", code, 500L) },
            detail.GetProperty("discounts").EnumerateArray().Select(d => (d.GetProperty("kind").GetString()!, d.GetProperty("code").GetString(), d.GetProperty("amount").GetInt64())).ToArray());
    }

    [Fact]
    public async Task An_order_without_discounts_has_no_discount_lines_anywhere()
    {
        await app.SetUpAsync(pricesIncludeTax: true);
        var plate = await app.TaxedProductAsync("Plain Plate", 1500, null, 300);
        var (email, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(plate, 1)).OkJsonAsync();

        var placed = await (await api.PlaceAsync(body: new { address = TaxShop.FrenchAddress })).OkJsonAsync(HttpStatusCode.Created);
        var number = placed.GetProperty("number").GetString()!;

        Assert.DoesNotContain("−$", (await app.MailToAsync(email, $"Order {number} received")).HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("data-order-discount", await (await app.SignedInAdminAsync()).GetStringAsync($"/admin/orders/{number}"), StringComparison.Ordinal);
    }
}
