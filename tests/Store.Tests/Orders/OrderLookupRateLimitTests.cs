using System.Net;
using System.Net.Http.Json;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.Tests.Orders;

/// <summary>Finding an order by number and email is limited per address: the guest look-up, the withdrawal form and its API.</summary>
public sealed class OrderLookupRateLimitTests(OrderLookupRateLimitTests.SmallLimits app) : IClassFixture<OrderLookupRateLimitTests.SmallLimits>
{
    public sealed class SmallLimits : ShopAppFactory
    {
        public SmallLimits()
        {
            Setting("RateLimits:OrderLookupPerAddress:Burst", "3");
            Setting("RateLimits:OrderLookupPerAddress:PerMinute", "1");
        }
    }

    [Fact]
    public async Task Guesses_at_order_numbers_past_the_bucket_get_429_on_the_pages_and_the_api_and_showing_the_forms_stays_free()
    {
        var guesser = app.Browser();
        var guess = new Dictionary<string, string> { ["Number"] = "AAAA-0000", ["Email"] = "guess@example.test" };
        Assert.Equal(HttpStatusCode.BadRequest, (await guesser.SubmitAsync("/orders/find", guess)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await guesser.SubmitAsync("/withdraw", guess)).StatusCode);
        var api = app.CreateClient();
        var lastAllowed = await api.PostAsJsonAsync("/api/v1/withdrawals", new { number = "AAAA-0001", email = "guess@example.test" });
        Assert.NotEqual(HttpStatusCode.TooManyRequests, lastAllowed.StatusCode);

        var page = await guesser.SubmitAsync("/orders/find", guess);
        var withdraw = await guesser.SubmitAsync("/withdraw", guess);
        var apiRefused = await api.PostAsJsonAsync("/api/v1/withdrawals", new { number = "AAAA-0002", email = "guess@example.test" });

        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("Please wait a minute and try again.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("\"order-lookup\";q=3;w=60", page.Headers.GetValues("RateLimit-Policy").Single());
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, withdraw.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, apiRefused.StatusCode);
        var problem = await apiRefused.JsonAsync();
        Assert.StartsWith("Too many order look-ups from this address", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Showing the forms spends nothing, and the rest of the API keeps its own bucket.
        Assert.Equal(HttpStatusCode.OK, (await guesser.GetAsync("/orders/find")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await guesser.GetAsync("/withdraw")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/products")).StatusCode);
    }
}
