using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts.Users;
using Store.Core.Data;
using Store.Promotions.Coupons;
using Store.Tests.Accounts;
using Store.Tests.Orders;

namespace Store.Tests.Promotions;

/// <summary>
/// The double submit that once made two orders on PostgreSQL: the checkout reads the cart's lines, then its code, in two
/// statements; another tab's order commits between them, so the late submit saw the lines but no code, and placed an
/// order without the discount. Here the other tab's order is placed exactly there, every time.
/// </summary>
public sealed partial class StaleDraftTests(StaleDraftTests.Shop app) : IClassFixture<StaleDraftTests.Shop>
{
    [Fact]
    public async Task An_order_placed_between_reading_the_cart_and_its_code_leaves_the_late_submit_nothing_to_order()
    {
        var code = Promo.NewCode("TABS");
        await app.CouponAsync(new CouponInput(code, "Once each", "fixed_amount", Amount: 300, PerCustomerLimit: 1));
        var fan = await app.ProductAsync("Stale Fan", 2000, 100);
        var (email, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(fan, 1)).OkJsonAsync();
        await (await api.ApplyCodeAsync(code)).OkJsonAsync();
        var userId = await app.WithUsersAsync(async users => (await users.FindByEmailAsync(email))!.Id);
        HttpResponseMessage? otherTab = null;
        app.Gate.Arm(userId, async () => otherTab = await api.PlaceAsync());

        var late = await api.PlaceAsync();

        Assert.True(app.Gate.Fired);
        Assert.Equal(HttpStatusCode.Created, otherTab!.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("Your cart is empty.", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        var orders = await app.WithOrdersAsync(q => q.Where(o => o.Email == email).Select(o => o.CouponCode).ToListAsync());
        Assert.Equal([code], orders);
    }

    /// <summary>A shop whose database connections run the other tab's order just before the checkout reads the cart's code.</summary>
    public sealed class Shop : ShopAppFactory
    {
        public BeforeCartCode Gate { get; } = new();

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.ConfigureDbContext<StoreDbContext>((_, db) => db.AddInterceptors(Gate));
    }

    public sealed partial class BeforeCartCode : DbCommandInterceptor
    {
        private string? userId;
        private Func<Task>? interleave;

        public bool Fired { get; private set; }

        public void Arm(string user, Func<Task> action) => (userId, interleave) = (user, action);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            // The checkout's read of the code alone (SQLite quotes the alias, PostgreSQL does not).
            if (userId is { } user && CodeRead().IsMatch(command.CommandText)
                && command.Parameters.Cast<DbParameter>().Any(p => Equals(p.Value, user)) && Interlocked.Exchange(ref interleave, null) is { } action)
            {
                // Once: the other tab's request goes through this interceptor too.
                userId = null;
                await action();
                Fired = true;
            }

            return result;
        }

        [GeneratedRegex("^\\s*SELECT \"?c\"?\\.\"CouponCode\"\\s+FROM \"Carts\"")]
        private static partial Regex CodeRead();
    }
}
