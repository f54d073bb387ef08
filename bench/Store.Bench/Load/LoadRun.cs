using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Store.Bench.Load;

/// <summary>
/// <c>bench/load.sh</c>: the shop under load over real sockets, each scenario beside the machine's ceiling
/// (<see cref="Ceiling"/>), on SQLite or (with <c>STORE_TEST_POSTGRES</c>) PostgreSQL. Writes a Markdown table
/// (bench/README.md, "Load").
/// </summary>
internal static class LoadRun
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task RunAsync(string[] args)
    {
        var options = LoadOptions.Parse(args);
        var repoRoot = RepoRoot();
        var data = LoadShop.For(options);
        var emptyStart = await data.PrepareAsync(repoRoot);

        var url = LoadShop.FreeUrl();
        var (shop, existingStart) = await ShopUnderLoad.StartAsync(repoRoot, options.ShopFolder, url, data.Settings(url));
        await using var _ = shop;
        var ceilingUrl = LoadShop.FreeUrl();
        await using var ceiling = await Ceiling.StartAsync(ceilingUrl);
        using var admin = await Shopper.AdminAsync(url, LoadShop.AdminEmail, LoadShop.AdminPassword);
        var stock = await LoadStock.PrepareAsync(admin, options.Products);

        Console.WriteLine($"Load run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, commit {Commit(repoRoot)}, {Environment.ProcessorCount} cores, {MemoryGigabytes():0.#} GB, {data.Provider}, {options.Products:N0} generated products + the demo catalog, wrk -t{options.Threads} -c{options.Connections} -d{options.Seconds}s");
        Console.WriteLine();
        Console.WriteLine("| scenario | body KB | req/s | p50 ms | p99 ms | ceiling req/s | ceiling p99 ms | ratio to ceiling | peak working set MB | notes |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        Console.WriteLine($"| start to first page, empty database (migrations + demo recipe) | | | | | | | | | {(emptyStart is { } empty ? $"{empty.TotalSeconds:0.00} s" : "not measured: an existing shop was reused (--fresh)")} |");
        Console.WriteLine($"| start to first page, existing database | | | | | | | | {Mb(shop.WorkingSet())} | {existingStart.TotalSeconds:0.00} s |");

        var product = $"/products/product-{stock.ProductNumber}";
        var reads = new (string Name, string Path, bool Miss, string? Body)[]
        {
            ("home, output cache", "/", false, null),
            ("home, missing the cache", "/", true, null),
            ("list, output cache", "/products", false, null),
            ("list, missing the cache", "/products?sort=price_asc", true, null),
            ("list, category + price + colour, output cache", "/products?category=category-3&min_price=50&max_price=300&attr.colour=Red&sort=price_asc", false, null),
            ("list, category + price + colour, missing the cache", "/products?category=category-3&min_price=50&max_price=300&attr.colour=Red&sort=price_asc", true, null),
            ("search, output cache", "/products?q=lamp", false, null),
            ("search, missing the cache", "/products?q=lamp", true, null),
            ("product page, output cache", product, false, null),
            ("product page, missing the cache", product, true, null),
            ("/session", "/session", false, null),
            ("add to cart (a new cart each time)", "/api/v1/cart/items", false, $"{{\"variantId\":{stock.VariantIds[0]},\"quantity\":1}}"),
        };
        foreach (var (name, path, miss, body) in reads.Where(r => options.Runs(r.Name)))
        {
            var size = await BodySizeAsync(url + path, body);
            var request = new Wrk.Request(url + path, miss, body);
            if (options.WarmupSeconds > 0)
            {
                await Wrk.RunAsync(request, options with { Seconds = options.WarmupSeconds }, data.Folder);
            }

            var row = await MeasureAsync(shop, options, data.Folder, ceilingUrl, size, () => Wrk.RunAsync(request, options, data.Folder));
            Console.WriteLine(Row(name, size, row.Shop, row.Ceiling, row.Peak, row.Shop.Errors > 0 ? $"{row.Shop.Errors} errors" : ""));
        }

        if (options.Runs("checkout"))
        {
            var (flows, peak) = await shop.WatchMemoryAsync(() => Flows.CheckoutsAsync(url, stock.VariantIds[0], Math.Max(1, options.Connections / 4), TimeSpan.FromSeconds(options.Seconds)));
            Console.WriteLine($"| checkout: add to cart, guest order, pay offline ({Math.Max(1, options.Connections / 4)} shoppers at once) | | {flows.PerSecond:0.0} | {flows.P50:0.0} | {flows.P99:0.0} | | | | {Mb(peak)} | checkouts/s and whole-flow latency; placing alone p50 {flows.PlaceP50:0.0} ms, p99 {flows.PlaceP99:0.0} ms |");
        }

        if (options.Runs("mixed"))
        {
            // The long tail a shop is browsed over: a page of each of up to 200 products and the list's first 10
            // pages, picked at random, every one already in the output cache when the run starts.
            var paths = Enumerable.Range(1, Math.Min(options.Products, 200)).Where(n => n % 20 != 0).Select(n => $"/products/product-{n}")
                .Concat(Enumerable.Range(1, 10).Select(p => $"/products?page={p}")).ToList();
            var sizes = new List<int>();
            foreach (var path in paths)
            {
                sizes.Add(await BodySizeAsync(url + path, null));
            }

            var size = (int)sizes.Average();
            var request = new Wrk.Request(url + "/", CountCacheHits: true, Paths: paths);
            Flows.Placed placed = default;
            var row = await MeasureAsync(shop, options, data.Folder, ceilingUrl, size, async () =>
            {
                var ordering = Flows.SteadyOrdersAsync(url, stock.VariantIds, options.OrdersPerSecond, TimeSpan.FromSeconds(options.Seconds));
                var browsing = await Wrk.RunAsync(request, options, data.Folder);
                placed = await ordering;
                return browsing;
            });
            var hitRate = row.Shop.Requests == 0 ? 0 : (double)row.Shop.CacheHits / row.Shop.Requests;
            Console.WriteLine(Row($"mixed: {paths.Count} product and list pages at random while {options.OrdersPerSecond} orders/s take stock", size, row.Shop, row.Ceiling, row.Peak, $"{placed.Orders} orders placed ({placed.Refused} refused); served from the output cache {hitRate:P1}"));
        }

        if (options.Runs("contention"))
        {
            var contention = await Flows.ContentionAsync(url, admin, stock, options.Buyers, options.Units);
            Console.WriteLine($"| contention: {options.Buyers} buyers for the last {options.Units} units | | | {contention.P50:0.0} | {contention.P99:0.0} | | {contention.UncontendedP99:0.0} (uncontended; p50 {contention.UncontendedP50:0.0}) | {contention.P99 / Math.Max(0.001, contention.UncontendedP99):0.0}x p99 | | {contention.Orders} orders placed, {contention.Refused} told it is sold out, stock left {contention.StockLeft} |");
        }
    }

    private static async Task<(WrkResult Shop, WrkResult Ceiling, long Peak)> MeasureAsync(ShopUnderLoad shop, LoadOptions options, string folder, string ceilingUrl, int size, Func<Task<WrkResult>> run)
    {
        // The ceiling before and after the shop, so a machine that got busier or quieter meanwhile shows in both.
        var ceilingRequest = new Wrk.Request($"{ceilingUrl}/{size}");
        var before = await Wrk.RunAsync(ceilingRequest, options, folder);
        var (result, peak) = await shop.WatchMemoryAsync(run);
        var after = await Wrk.RunAsync(ceilingRequest, options, folder);
        var ceiling = new WrkResult((before.RequestsPerSecond + after.RequestsPerSecond) / 2, (before.P50Ms + after.P50Ms) / 2, (before.P99Ms + after.P99Ms) / 2, before.Requests + after.Requests, 0, 0);
        return (result, ceiling, peak);
    }

    private static string Row(string name, int size, WrkResult shop, WrkResult ceiling, long peak, string notes) =>
        string.Create(Invariant, $"| {name} | {size / 1024.0:0.0} | {shop.RequestsPerSecond:0} | {shop.P50Ms:0.00} | {shop.P99Ms:0.00} | {ceiling.RequestsPerSecond:0} | {ceiling.P99Ms:0.00} | {shop.RequestsPerSecond / Math.Max(1, ceiling.RequestsPerSecond):0.000} | {Mb(peak)} | {notes} |");

    private static async Task<int> BodySizeAsync(string url, string? jsonBody)
    {
        using var client = new HttpClient();
        using var response = jsonBody is null
            ? await client.GetAsync(url)
            : await client.PostAsync(url, JsonContent.Create(JsonDocument.Parse(jsonBody).RootElement));
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode ? body.Length : throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}.");
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0", Invariant);

    private static double MemoryGigabytes()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], Invariant) / 1024.0 / 1024.0;
    }

    private static string Commit(string repoRoot)
    {
        try
        {
            var info = new ProcessStartInfo("git", "rev-parse --short HEAD") { WorkingDirectory = repoRoot, RedirectStandardOutput = true, UseShellExecute = false };
            using var git = Process.Start(info)!;
            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return commit.Length > 0 ? commit : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    private static string RepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Store.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the load bench from a clone of the shop (Store.sln not found above it).");
    }
}
