using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Data;
using Store.Orders.Contracts;
using Store.Promotions.Contracts;
using Store.Promotions.Coupons;
using Store.Tests.Orders;

namespace Store.Tests.Promotions;

/// <summary>Limits that hold when orders race: the total limit, the per-customer limit, and the use given back once.</summary>
public sealed class CouponRaceTests(PromotionsAppFactory app) : IClassFixture<PromotionsAppFactory>
{
    [Fact]
    public async Task A_hundred_buyers_racing_for_ten_uses_make_exactly_ten_discounted_orders()
    {
        var code = Promo.NewCode("RACE");
        var id = await app.CouponAsync(new CouponInput(code, "10 % off", "percentage", Percent: 10m, UsageLimit: 10));
        var lamp = await app.ProductAsync("Race Lamp", 2000, 1000);
        var buyers = new List<HttpClient>();
        for (var i = 0; i < 100; i++)
        {
            var (_, api) = await app.ApiShopperAsync();
            await (await api.AddAsync(lamp, 1)).OkJsonAsync();
            await (await api.ApplyCodeAsync(code)).OkJsonAsync();
            buyers.Add(api);
        }

        var answers = await Task.WhenAll(buyers.Select(b => Task.Run(() => b.PlaceAsync())));

        Assert.Equal(10, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        var refused = answers.Where(a => a.StatusCode != HttpStatusCode.Created).ToList();
        foreach (var answer in refused)
        {
            Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
            var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal($"The code {code} has been used up. Your cart is kept: remove the code to order without it.", problem.GetProperty("title").GetString());
        }

        Assert.Equal(10, await app.WithOrdersAsync(q => q.CountAsync(o => o.CouponCode == code && o.DiscountTotal == 200)));
        Assert.Equal(10, (await app.CouponRowAsync(id)).Used);
        Assert.Equal(1000 - 10, await app.StockOfAsync(lamp));
        // The refused buyers keep their cart (and its code): they may remove the code and order.
        var losers = buyers.Where((_, i) => answers[i].StatusCode != HttpStatusCode.Created).Take(3);
        foreach (var loser in losers)
        {
            var cart = await (await loser.GetAsync("/api/v1/cart")).OkJsonAsync();
            Assert.Equal((1, code), (cart.GetProperty("lines").GetArrayLength(), cart.GetProperty("couponCode").GetString()));
            Assert.Equal($"The code {code} has been used up.", cart.GetProperty("couponMessage").GetString());
        }
    }

    [Fact]
    public async Task A_double_submit_cannot_pass_the_limit_per_customer()
    {
        var code = Promo.NewCode("ONCE");
        var id = await app.CouponAsync(new CouponInput(code, "Once each", "fixed_amount", Amount: 300, PerCustomerLimit: 1));
        var fan = await app.ProductAsync("Race Fan", 2000, 100);
        var (email, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(fan, 1)).OkJsonAsync();
        await (await api.ApplyCodeAsync(code)).OkJsonAsync();

        // Ten submits with different keys (two tabs, a retry): the cart empties with the first order, the rest are refused.
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => api.PlaceAsync())));

        // On failure, say which orders were made and how: a rare failure is only worth its message.
        var made = await app.WithOrdersAsync(q => q.Where(o => o.Email == email).OrderBy(o => o.Id)
            .Select(o => $"{o.Number} (coupon {o.CouponCode ?? "none"}, discount {o.DiscountTotal}, customer {o.UserId}, key {o.IdempotencyKey})").ToListAsync());
        Assert.True(answers.Count(a => a.StatusCode == HttpStatusCode.Created) == 1,
            $"Expected 1 order for {email} with {code}; answers {string.Join(", ", answers.Select(a => (int)a.StatusCode))}; orders: {string.Join("; ", made)}");
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Equal(1, await app.WithOrdersAsync(q => q.CountAsync(o => o.Email == email && o.CouponCode == code)));
        Assert.Equal(1, (await app.CouponRowAsync(id)).Used);
    }

    [Fact]
    public async Task The_ledger_takes_one_use_per_customer_when_ten_orders_redeem_at_once()
    {
        // The per-customer guard itself, without the cart emptying in between: ten transactions redeem for one customer.
        var code = Promo.NewCode("LEDGER");
        var id = await app.CouponAsync(new CouponInput(code, "Once each", "percentage", Percent: 5m, PerCustomerLimit: 1, UsageLimit: 100));
        var userId = "ledger-" + Guid.NewGuid().ToString("n");

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
            var ledger = scope.ServiceProvider.GetRequiredService<ICouponLedger>();
            var outcome = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                var refusal = await ledger.RedeemAsync(id, userId, 900_000 + i, $"L{i}", 10, CancellationToken.None);
                if (refusal is null)
                {
                    await db.SaveChangesAsync();
                    await transaction.CommitAsync();
                }
                else
                {
                    await transaction.RollbackAsync();
                }

                return refusal;
            });
            return outcome;
        })));

        Assert.Equal(1, results.Count(r => r is null));
        Assert.All(results.Where(r => r is not null), r => Assert.Equal($"You have already used the code {code}.", r));
        Assert.Equal(1, (await app.CouponRowAsync(id)).Used);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<CouponCustomerUse>().Where(u => u.CouponId == id && u.UserId == userId).Select(u => u.Used).SingleAsync()));
    }

    [Fact]
    public async Task A_cancelled_order_gives_its_use_back_once_however_often_the_cancel_arrives()
    {
        var code = Promo.NewCode("BACK");
        var id = await app.CouponAsync(new CouponInput(code, "The last one", "percentage", Percent: 20m, UsageLimit: 1));
        var clock = await app.ProductAsync("Cancel Clock", 5000, 10);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(clock, 1)).OkJsonAsync();
        await (await api.ApplyCodeAsync(code)).OkJsonAsync();
        var number = (await (await api.PlaceAsync()).OkJsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString()!;
        var (_, next) = await app.ApiShopperAsync();
        await (await next.AddAsync(clock, 1)).OkJsonAsync();
        var whileHeld = await next.ApplyCodeAsync(code);

        var cancels = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => api.PostAsync($"/api/v1/orders/{number}/cancel", null))));

        Assert.Equal($"The code {code} has been used up.", await whileHeld.RefusalAsync());
        Assert.Equal(1, cancels.Count(c => c.IsSuccessStatusCode));
        Assert.Equal(0, (await app.CouponRowAsync(id)).Used);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var usage = await scope.ServiceProvider.GetRequiredService<CouponQueries>().UsageAsync(id, CancellationToken.None);
            Assert.Equal((0, 0L, 1), (usage!.Orders, usage.DiscountGiven, usage.GivenBack));
        }

        // The use is free again: the next shopper gets it.
        await (await next.ApplyCodeAsync(code)).OkJsonAsync();
        await (await next.PlaceAsync()).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, (await app.CouponRowAsync(id)).Used);
        Assert.Equal(OrderStatus.Cancelled, await app.WithOrdersAsync(q => q.Where(o => o.Number == number).Select(o => o.Status).SingleAsync()));
    }
}
