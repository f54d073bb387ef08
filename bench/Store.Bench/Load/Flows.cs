using System.Collections.Concurrent;
using System.Diagnostics;

namespace Store.Bench.Load;

/// <summary>The write scenarios, driven by <see cref="Shopper"/>s in this process (wrk cannot follow a checkout).</summary>
internal static class Flows
{
    public readonly record struct Checkouts(double PerSecond, double P50, double P99, double PlaceP50, double PlaceP99);

    public readonly record struct Placed(int Orders, int Refused);

    public readonly record struct Contention(int Orders, int Refused, int StockLeft, double P50, double P99, double UncontendedP50, double UncontendedP99);

    /// <summary><paramref name="shoppers"/> guests at once, each buying one unit again and again until the time is up.</summary>
    public static async Task<Checkouts> CheckoutsAsync(string url, int variantId, int shoppers, TimeSpan duration)
    {
        var flows = new ConcurrentBag<double>();
        var places = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, shoppers).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                using var shopper = new Shopper(url);
                var started = clock.Elapsed;
                var (token, took) = await shopper.PlaceAsync(await shopper.AddToCartAsync(variantId));
                await shopper.PayAsync(token ?? throw new InvalidOperationException("A checkout of a product in stock was refused."));
                flows.Add((clock.Elapsed - started).TotalMilliseconds);
                places.Add(took.TotalMilliseconds);
            }
        })));
        return new Checkouts(flows.Count / clock.Elapsed.TotalSeconds, Percentile(flows, 50), Percentile(flows, 99), Percentile(places, 50), Percentile(places, 99));
    }

    /// <summary>Guest orders at a steady <paramref name="perSecond"/>, spread over <paramref name="variantIds"/>, for <paramref name="duration"/>.</summary>
    public static async Task<Placed> SteadyOrdersAsync(string url, IReadOnlyList<int> variantIds, int perSecond, TimeSpan duration)
    {
        var pending = new List<Task<bool>>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < duration; i++)
        {
            var variantId = variantIds[i % variantIds.Count];
            pending.Add(Task.Run(async () =>
            {
                using var shopper = new Shopper(url);
                return (await shopper.PlaceAsync(await shopper.AddToCartAsync(variantId))).Token is not null;
            }));
            var next = TimeSpan.FromSeconds((i + 1) / (double)perSecond);
            if (next > clock.Elapsed)
            {
                await Task.Delay(next - clock.Elapsed);
            }
        }

        var results = await Task.WhenAll(pending);
        return new Placed(results.Count(r => r), results.Count(r => !r));
    }

    /// <summary>
    /// <paramref name="buyers"/> guests, each with one unit in their cart, place their orders at the same moment for
    /// the last <paramref name="units"/> units, after the same placement alone, one at a time, for the uncontended p99.
    /// </summary>
    public static async Task<Contention> ContentionAsync(string url, HttpClient admin, LoadStock stock, int buyers, int units)
    {
        await LoadStock.SetStockAsync(admin, stock.RaceProductId, stock.RaceVariantId, buyers);
        // The uncontended placements first: they also warm the placing code up, so the race measures contention, not
        // the JIT (run alone with --only contention, the race came first and every buyer waited for the compiler).
        var alone = new List<double>();
        using (var shopper = new Shopper(url))
        {
            // As many measured as there are buyers (200 by default), so the p99 is not simply the slowest one of a few
            // (a checkpoint or a collection lands in it).
            for (var i = 0; i < 10 + Math.Max(20, buyers); i++)
            {
                var took = (await shopper.PlaceAsync(await shopper.AddToCartAsync(stock.VariantIds[0]))).Took.TotalMilliseconds;
                if (i >= 10)
                {
                    alone.Add(took); // the first ten only warm up
                }
            }
        }

        var shoppers = Enumerable.Range(0, buyers).Select(_ => new Shopper(url)).ToList();
        try
        {
            var carts = new List<string>();
            foreach (var shopper in shoppers)
            {
                carts.Add(await shopper.AddToCartAsync(stock.RaceVariantId));
            }

            await LoadStock.SetStockAsync(admin, stock.RaceProductId, stock.RaceVariantId, units);
            using var gate = new SemaphoreSlim(0);
            var racing = shoppers.Select((shopper, i) => Task.Run(async () =>
            {
                await gate.WaitAsync();
                return await shopper.PlaceAsync(carts[i]);
            })).ToList();
            gate.Release(buyers);
            var results = await Task.WhenAll(racing);
            var left = await LoadStock.StockOfAsync(admin, stock.RaceProductId, stock.RaceVariantId);

            var took = results.Select(r => r.Took.TotalMilliseconds).ToList();
            return new Contention(results.Count(r => r.Token is not null), results.Count(r => r.Token is null), left, Percentile(took, 50), Percentile(took, 99), Percentile(alone, 50), Percentile(alone, 99));
        }
        finally
        {
            shoppers.ForEach(s => s.Dispose());
        }
    }

    private static double Percentile(IEnumerable<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
    }
}
