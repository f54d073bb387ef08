using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Xunit;

namespace Store.Bench;

/// <summary>
/// Catalog latency: list, search and product page at several catalog sizes, on SQLite, or on PostgreSQL
/// when STORE_TEST_POSTGRES is set. Requests go through the whole ASP.NET Core pipeline in memory.
/// Usage: <c>dotnet run -c Release --project bench/Store.Bench -- [sizes, default 1000,10000,100000] [requests, default 300]</c>;
/// <c>-- orders ...</c> runs <see cref="OrderBenchmark"/> instead, <c>-- load ...</c> <see cref="Load.LoadRun"/> (bench/load.sh).
/// </summary>
internal static class Benchmark
{
    public static async Task Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "load")
        {
            await Load.LoadRun.RunAsync(args[1..]);
            return;
        }

        if (args.Length > 0 && args[0] == "orders")
        {
            await OrderBenchmark.RunAsync(args[1..]);
            return;
        }

        var sizes = args.Length > 0 ? args[0].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : [1_000, 10_000, 100_000];
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
        var provider = string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("STORE_TEST_POSTGRES")) ? "Sqlite" : "PostgreSql";

        Console.WriteLine("| provider | products | scenario | p50 ms | p99 ms | CPU ms/request |");
        Console.WriteLine("|---|---:|---|---:|---:|---:|");

        // A first, unreported round on a small shop, so JIT and tiering do not land on the first figures.
        foreach (var (size, report) in new[] { (1_000, false) }.Concat(sizes.Select(s => (s, true))))
        {
            var shop = new BenchShop();
            try
            {
                await shop.InitializeAsync();
                await RunRoundAsync(shop, provider, size, requests, report);
            }
            finally
            {
                // The test host's own disposal also drops the round's database.
                await ((IAsyncLifetime)shop).DisposeAsync();
            }
        }
    }

    private static async Task RunRoundAsync(BenchShop shop, string provider, int size, int requests, bool report)
    {
        var seeding = Stopwatch.StartNew();
        await CatalogSeeder.SeedAsync(shop.Services, size);
        Console.Error.WriteLine($"{provider} {size}: seeded in {seeding.Elapsed.TotalSeconds:F1} s");
        var random = new Random(7);

        // The first list request after the import brings the index up to date: the rows of the import as changes
        // (1,000 and 10,000), or a reload of the whole catalog (over 2,000 changed at once, so 100,000).
        var build = await MeasureAsync(shop, () => "/products?q=lamp", 1, bypassCache: true, warmUp: 0);
        Report(report, provider, size, "first list request after the import (index catches up)", build);

        var scenarios = new (string Name, Func<string> Url, bool Cached)[]
        {
            ("list, newest, pages 1-20", () => $"/products?page={random.Next(1, 21)}", false),
            ("list, newest, pages 1-20, output cache", () => $"/products?page={random.Next(1, 21)}", true),
            ("list, a new price range each time (counts not cached)", () => $"/products?min_price={random.Next(1, 250)}.{random.Next(10, 99)}&max_price={random.Next(250, 500)}", false),
            // The same range in the base currency and in euros (bounds converted): the JSON list, which takes ?currency=.
            ("API list, a new price range each time", () => $"/api/v1/products?min_price={random.Next(1, 250)}.{random.Next(10, 99)}&max_price={random.Next(250, 500)}", false),
            ("API list, a new price range in euros each time", () => $"/api/v1/products?currency=EUR&min_price={random.Next(1, 250)}.{random.Next(10, 99)}&max_price={random.Next(250, 500)}", false),
            ("list, category + price + colour", () => $"/products?category=category-{random.Next(1, 11)}&min_price=50&max_price=300&attr.colour=Red&sort=price_asc", false),
            ("list, option size M in stock + price", () => $"/products?option.size=M&in_stock=true&min_price={random.Next(1, 250)}&sort=price_asc", false),
            ("search, one word", () => $"/products?q={CatalogSeeder.Nouns[random.Next(CatalogSeeder.Nouns.Length)]}", false),
            ("search, two words", () => $"/products?q={CatalogSeeder.Adjectives[random.Next(CatalogSeeder.Adjectives.Length)]}+{CatalogSeeder.Nouns[random.Next(CatalogSeeder.Nouns.Length)]}", false),
            ("search, plural of one word (stemmed)", () => $"/products?q={CatalogSeeder.Nouns[random.Next(CatalogSeeder.Nouns.Length)]}s", false),
            ("search, a typo in a 5+ letter word (nothing exact, corrected)", () => $"/products?q={Typo(CatalogSeeder.Nouns.Where(n => n.Length >= 5).ElementAt(random.Next(10)))}", false),
            ("search suggestions, two letters", () => $"/api/v1/search/suggestions?q={CatalogSeeder.Nouns[random.Next(CatalogSeeder.Nouns.Length)][..2]}", false),
            ("list, sort by rating, pages 1-20", () => $"/products?sort=rating&page={random.Next(1, 21)}", false),
            ("list, 4 stars and up, pages 1-2", () => $"/products?rating=4&page={random.Next(1, 3)}", false),
            ("list, category + 4 stars and up, sort by rating", () => $"/products?category=category-{random.Next(1, 11)}&rating=4&sort=rating", false),
            ("product page", () => $"/products/product-{(random.Next(1, size / 20) * 20) - random.Next(1, 20)}", false),
        };
        // Two neighbouring letters swapped after the first: "Lmap" is not exact, "Lamp" is one typo away.
        static string Typo(string word) => word[0] + word[2].ToString() + word[1] + word[3..];

        foreach (var (name, url, cached) in scenarios)
        {
            Report(report, provider, size, name, await MeasureAsync(shop, url, requests, bypassCache: !cached));
        }

        // A change before every request: the list request pays for bringing the index up to date.
        var publishedIds = Enumerable.Range(1, size).Where(i => i % 20 != 0).ToArray();
        Report(report, provider, size, "list after an order took stock (stock-only change)", await MeasureAsync(
            shop, () => "/products?in_stock=true", requests, bypassCache: true, before: () => CatalogSeeder.TakeStockAsync(shop.Services, publishedIds[random.Next(publishedIds.Length)])));
        Report(report, provider, size, "list after a merchandiser changed a price", await MeasureAsync(
            shop, () => "/products?sort=price_asc", Math.Min(requests, 50), bypassCache: true, before: () => CatalogSeeder.RepriceAsync(shop.Services, publishedIds[random.Next(publishedIds.Length)], random.Next(100, 50_000))));
    }

    private static void Report(bool report, string provider, int size, string name, (double P50, double P99, double CpuMs) timing)
    {
        if (report)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {provider} | {size:N0} | {name} | {timing.P50:F2} | {timing.P99:F2} | {timing.CpuMs:F2} |"));
        }
    }

    private static async Task<(double P50, double P99, double CpuMs)> MeasureAsync(BenchShop shop, Func<string> url, int count, bool bypassCache, int warmUp = 20, Func<Task>? before = null)
    {
        using var client = shop.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (bypassCache)
        {
            // The output cache never serves a request that carries credentials: this measures the database path.
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bench", "uncached");
        }

        return await TimeAsync(client, url, count, warmUp, before);
    }

    /// <summary>
    /// p50 and p99 of <paramref name="count"/> sequential GETs, after <paramref name="warmUp"/> unmeasured ones, and
    /// the process' CPU time per request: on a machine shared with other work the wall clock mostly measures the
    /// queue for a core, while the CPU time is what a request costs (in-process SQLite included; a PostgreSQL
    /// server's share is not).
    /// </summary>
    internal static async Task<(double P50, double P99, double CpuMs)> TimeAsync(HttpClient client, Func<string> url, int count, int warmUp, Func<Task>? before = null)
    {
        for (var i = 0; i < warmUp; i++)
        {
            (await client.GetAsync(url())).EnsureSuccessStatusCode();
        }

        var timings = new double[count];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < count; i++)
        {
            if (before is not null)
            {
                await before();
            }

            var address = url();
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(address);
            await response.Content.ReadAsByteArrayAsync();
            timings[i] = watch.Elapsed.TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{address}: {(int)response.StatusCode}");
            }
        }

        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count;
        Array.Sort(timings);
        return (timings[count / 2], timings[Math.Min(count - 1, (int)Math.Ceiling(count * 0.99) - 1)], cpuMs);
    }
}
