using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Orders.Contracts;
using Store.Orders.Workflow;
using Store.Promotions.Coupons;
using Store.Tests.Orders;

namespace Store.Tests.Promotions;

/// <summary>An expired hold gives the use back once; a code's end date refuses an order placed after it. Moves the clock: a shop of its own.</summary>
public sealed class CouponExpiryTests(PromotionsAppFactory app) : IClassFixture<PromotionsAppFactory>
{
    [Fact]
    public async Task An_expired_order_gives_its_use_back_once()
    {
        var code = Promo.NewCode("EXP");
        var id = await app.CouponAsync(new CouponInput(code, "Two uses", "fixed_amount", Amount: 1000, UsageLimit: 2));
        var rug = await app.ProductAsync("Expiry Rug", 8000, 10);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(rug, 1)).OkJsonAsync();
        await (await api.ApplyCodeAsync(code)).OkJsonAsync();
        var number = (await (await api.PlaceAsync()).OkJsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString()!;
        Assert.Equal(1, (await app.CouponRowAsync(id)).Used);

        app.Time.Advance(TimeSpan.FromMinutes(31));
        var job = app.Services.GetRequiredService<HoldExpiryJob>();
        await job.RunOnceAsync(CancellationToken.None);
        await job.RunOnceAsync(CancellationToken.None);

        Assert.Equal(OrderStatus.Expired, await app.WithOrdersAsync(q => q.Where(o => o.Number == number).Select(o => o.Status).SingleAsync()));
        Assert.Equal(0, (await app.CouponRowAsync(id)).Used);
        var released = await app.WithDbAsync(db => db.Set<CouponRedemption>().AsNoTracking().SingleAsync(r => r.CouponId == id));
        Assert.Equal(app.Now(), released.ReleasedUtc);
    }

    [Fact]
    public async Task A_code_that_ends_while_it_sits_in_the_cart_stops_the_order_and_says_so()
    {
        var code = Promo.NewCode("END");
        var ends = app.Now().AddMinutes(5);
        await app.CouponAsync(new CouponInput(code, "Ends soon", "percentage", Percent: 15m, EndsUtc: ends));
        var jug = await app.ProductAsync("Expiry Jug", 3000, 10);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(jug, 1)).OkJsonAsync();
        await (await api.ApplyCodeAsync(code)).OkJsonAsync();

        app.Time.Advance(TimeSpan.FromMinutes(6)); // within the access token's life
        var refused = await api.PlaceAsync();
        var cart = await (await api.GetAsync("/api/v1/cart")).OkJsonAsync();

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains($"The code {code} expired on", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, cart.GetProperty("discountTotal").GetInt64());
        Assert.Equal(1, cart.GetProperty("lines").GetArrayLength());
    }
}
