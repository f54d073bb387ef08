using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.PriceHistory;
using Store.Catalog.Products;
using Store.Catalog.Variants;
using Store.Promotions.Sales;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>
/// The EU's prior-price rule: a price history per variant (its own price and automatic promotions), and "Lowest
/// price in the previous 30 days" beside every discount once the setting is on.
/// </summary>
public sealed class PriorPriceTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    private const string Prior = "Lowest price in the previous 30 days";

    [Fact]
    public async Task A_discount_shows_the_lowest_price_of_the_30_days_before_it_from_the_history()
    {
        var admin = await app.SignedInAdminAsync();
        var shopper = app.Browser();
        await RecordAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/catalog/prices", new Dictionary<string, string> { ["show"] = "false" })).StatusCode);
        NoPriorShown(await shopper.GetStringAsync("/products/red-mug"));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/catalog/prices", new Dictionary<string, string> { ["show"] = "true" })).StatusCode);
        // The Red Mug has sold at $10.00 (compare-at $14.00) since the history began.
        Assert.Contains("$10.00", PriorText(await shopper.GetStringAsync("/products/red-mug")), StringComparison.Ordinal);
        Assert.Contains(Prior + ": $10.00", await shopper.GetStringAsync("/categories/mugs"), StringComparison.Ordinal);
        // No discount, no prior price.
        NoPriorShown(await shopper.GetStringAsync("/products/blue-mug"));

        // Ten days later the price drops: the page names the price before the drop, not the new one.
        app.Time.Advance(TimeSpan.FromDays(10));
        await SetPriceAsync("red-mug", 800);
        await RecordAsync();
        var dropped = await shopper.GetStringAsync("/products/red-mug");
        Assert.Contains("$8.00", dropped, StringComparison.Ordinal);
        Assert.Contains("$10.00", PriorText(dropped), StringComparison.Ordinal);

        // Forty days on, the $10.00 stretch ended more than 30 days before the next drop: $8.00 is the prior low.
        app.Time.Advance(TimeSpan.FromDays(40));
        await SetPriceAsync("red-mug", 700);
        await RecordAsync();
        Assert.Contains("$8.00", PriorText(await shopper.GetStringAsync("/products/red-mug")), StringComparison.Ordinal);
        var rows = await app.WithDbAsync(db => db.Set<VariantPriceRecord>().Join(db.Set<Product>().Where(p => p.Slug == "red-mug"), r => r.ProductId, p => p.Id, (r, p) => r).OrderBy(r => r.Id).Select(r => new { r.Price, r.ToUtc, r.PriorLow }).ToListAsync());
        Assert.Equal([1000L, 800L, 700L], rows.Select(r => r.Price).ToArray());
        Assert.Equal([1000L, 1000L, 800L], rows.Select(r => r.PriorLow).ToArray());
        Assert.Single(rows, r => r.ToUtc is null);

        // Nothing changed: the next run writes nothing.
        Assert.Equal(0, await RecordOnlyAsync());
    }

    [Fact]
    public async Task An_automatic_promotion_starting_and_ending_is_recorded_and_its_prior_price_shown()
    {
        var admin = await app.SignedInAdminAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/catalog/prices", new Dictionary<string, string> { ["show"] = "true" })).StatusCode);
        await RecordAsync();
        var now = app.Time.GetUtcNow().UtcDateTime;
        var hose = await app.WithDbAsync(db => db.Set<Product>().Where(p => p.Slug == "garden-hose").Select(p => p.Id).SingleAsync());
        await app.WithDbAsync(async db =>
        {
            db.Add(new Promotion { Name = "Hose week", Percent = 10, ProductIds = [hose], StartsUtc = now.AddDays(1), EndsUtc = now.AddDays(8), UpdatedUtc = now });
            return await db.SaveChangesAsync();
        });

        app.Time.Advance(TimeSpan.FromDays(2));
        await RecordAsync();
        var shopper = app.Browser();
        var page = await shopper.GetStringAsync("/products/garden-hose");
        Assert.Contains("$27.00", page, StringComparison.Ordinal);
        Assert.Contains("$30.00", PriorText(page), StringComparison.Ordinal);

        app.Time.Advance(TimeSpan.FromDays(7));
        await RecordAsync();
        var prices = await app.WithDbAsync(db => db.Set<VariantPriceRecord>().Where(r => r.ProductId == hose).OrderBy(r => r.Id).Select(r => r.Price).ToListAsync());
        Assert.Equal([3000L, 2700L, 3000L], prices.TakeLast(3).ToArray());
        NoPriorShown(await shopper.GetStringAsync("/products/garden-hose"));
    }

    [Fact]
    public async Task A_bad_setting_is_refused_and_changes_nothing()
    {
        var admin = await app.SignedInAdminAsync();
        var before = await app.WithDbAsync(db => db.Set<PriceSettings>().Select(s => (bool?)s.ShowLowestPriorPrice).FirstOrDefaultAsync());
        var refused = await admin.SubmitAsync("/admin/catalog/prices", new Dictionary<string, string> { ["show"] = "perhaps" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Choose whether", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<PriceSettings>().Select(s => (bool?)s.ShowLowestPriorPrice).FirstOrDefaultAsync()));
    }

    // The product page keeps the line (hidden) for the variant pickers' script; hidden, nobody sees or hears it.
    private static void NoPriorShown(string html)
    {
        var at = html.IndexOf("data-variant-prior", StringComparison.Ordinal);
        Assert.True(at < 0 || html[at..html.IndexOf('>', at)].EndsWith(" hidden", StringComparison.Ordinal), "the prior price line is hidden");
    }

    private static string PriorText(string html)
    {
        var at = html.IndexOf("data-variant-prior", StringComparison.Ordinal);
        Assert.True(at >= 0, "the page has the prior price line");
        var line = html[at..html.IndexOf("</p>", at, StringComparison.Ordinal)];
        Assert.DoesNotContain(" hidden>", line, StringComparison.Ordinal);
        Assert.Contains(Prior, line, StringComparison.Ordinal);
        return line;
    }

    private async Task SetPriceAsync(string slug, long price) =>
        await app.WithDbAsync(db => db.Set<ProductVariant>().Where(v => db.Set<Product>().Any(p => p.Id == v.ProductId && p.Slug == slug))
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Price, price)));

    private async Task RecordAsync() => Assert.True(await app.Services.GetRequiredService<PriceHistoryJob>().RunOnceAsync(CancellationToken.None));

    private async Task<int> RecordOnlyAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PriceHistoryRecorder>().RecordAsync(CancellationToken.None);
    }
}
