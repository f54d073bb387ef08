using Store.Tests.Accounts;
using Store.Tests.Orders;
using Store.Tests.Wishlist;

namespace Store.Tests.Currencies;

/// <summary>Back-in-stock and price-drop emails show prices in the currency the shopper browsed in when they asked for them.</summary>
public sealed class AlertCurrencyTests(EuroMailShopAppFactory app) : IClassFixture<EuroMailShopAppFactory>
{
    [Fact]
    public async Task Alerts_asked_for_in_euros_are_mailed_in_euros_and_in_dollars_in_dollars()
    {
        var boots = await app.ProductAsync("Euro Boots", 12000, 3);
        var scarf = await app.ProductAsync("Euro Scarf", 2000, 0);
        var inEuros = await AlertsAsync(boots, scarf, "EUR");
        var inDollars = await AlertsAsync(boots, scarf, "USD");

        await app.SetPriceAsync(boots, 9900);
        await app.SetStockAsync(scarf, 2);
        await app.RunAlertsAsync();

        // 120.00 USD × 0.92 = 110.40 EUR, 99.00 USD 91.08 EUR, 20.00 USD 18.40 EUR.
        var drop = (await app.Smtp.WaitForAsync(inEuros, m => m.Subject!.Contains("dropped", StringComparison.Ordinal))).HtmlBody;
        var back = (await app.Smtp.WaitForAsync(inEuros, m => m.Subject!.Contains("back in stock", StringComparison.Ordinal))).HtmlBody;
        Assert.Contains("110.40 EUR", drop, StringComparison.Ordinal);
        Assert.Contains("91.08 EUR", drop, StringComparison.Ordinal);
        Assert.DoesNotContain("$", drop, StringComparison.Ordinal);
        Assert.Contains("18.40 EUR", back, StringComparison.Ordinal);
        var dollarDrop = (await app.Smtp.WaitForAsync(inDollars, m => m.Subject!.Contains("dropped", StringComparison.Ordinal))).HtmlBody;
        Assert.Contains("$120.00", dollarDrop, StringComparison.Ordinal);
        Assert.Contains("$99.00", dollarDrop, StringComparison.Ordinal);
        Assert.Contains("$20.00", (await app.Smtp.WaitForAsync(inDollars, m => m.Subject!.Contains("back in stock", StringComparison.Ordinal))).HtmlBody, StringComparison.Ordinal);
    }

    // A signed-in shopper who chose the currency in the header, saved both products and asked for both alerts.
    private async Task<string> AlertsAsync(Item boots, Item scarf, string currency)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail(currency.ToLowerInvariant());
        await app.CreateCustomerAsync(email);
        var browser = await app.SignedInCustomerAsync(email);
        await browser.PostCartFormAsync("/currency", new Dictionary<string, string> { ["currency"] = currency, ["returnUrl"] = "/" });
        await browser.HeartAsync(boots);
        await browser.HeartAsync(scarf);
        await browser.ItemFormAsync("/wishlist/alerts", await app.ItemIdAsync(email, boots), "price");
        await browser.ItemFormAsync("/wishlist/alerts", await app.ItemIdAsync(email, scarf), "stock");
        return email;
    }
}
