using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Store.Bench;

/// <summary>
/// The order admin at N orders: the list with filters, the dashboard's figures, and both exports with their peak
/// memory, through the whole pipeline in memory (TestServer) as the administrator's API client.
/// Usage: <c>dotnet run -c Release --project bench/Store.Bench -- orders [sizes, default 10000,100000] [requests, default 50]</c>
/// </summary>
internal static class OrderBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var sizes = args.Length > 0 ? args[0].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000];
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        var provider = string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("STORE_TEST_POSTGRES")) ? "Sqlite" : "PostgreSql";
        Console.WriteLine("| provider | orders | scenario | p50 ms | p99 ms | notes |");
        Console.WriteLine("|---|---:|---|---:|---:|---|");
        foreach (var size in sizes)
        {
            var shop = new BenchShop();
            try
            {
                await shop.InitializeAsync();
                var seeding = Stopwatch.StartNew();
                await OrderSeeder.SeedAsync(shop.Services, size, shop.Time.GetUtcNow().UtcDateTime);
                Console.Error.WriteLine($"{provider} {size}: seeded in {seeding.Elapsed.TotalSeconds:F1} s");
                await RunRoundAsync(shop, provider, size, requests);
            }
            finally
            {
                await ((IAsyncLifetime)shop).DisposeAsync();
            }
        }
    }

    private static async Task RunRoundAsync(BenchShop shop, string provider, int size, int requests)
    {
        using var api = await AdminAsync(shop);
        var random = new Random(5);
        var today = DateOnly.FromDateTime(shop.Time.GetUtcNow().UtcDateTime);
        var scenarios = new (string Name, Func<string> Url)[]
        {
            ("list, newest, pages 1-20", () => $"/api/v1/admin/orders?page={random.Next(1, 21)}"),
            ("list, status Shipped, by total", () => "/api/v1/admin/orders?status=Shipped&sort=-total"),
            ("list, a 30-day range + min total, by customer", () => $"/api/v1/admin/orders?from={today.AddDays(-random.Next(30, 360)):yyyy-MM-dd}&to={today:yyyy-MM-dd}&minTotal=50&sort=customer"),
            ("list, customer (substring of the email)", () => $"/api/v1/admin/orders?customer=customer{random.Next(2_000)}@"),
            ("list, payment refund_due", () => "/api/v1/admin/orders?payment=refund_due"),
            ("list, payment paid, sorted by payment", () => "/api/v1/admin/orders?payment=paid&sort=payment"),
            ("list, order number", () => "/api/v1/admin/orders?q=ZZZY"),
            ("dashboard, last 30 days", () => "/api/v1/admin/reports/sales"),
            ("dashboard, a whole year", () => $"/api/v1/admin/reports/sales?from={today.AddDays(-365):yyyy-MM-dd}&to={today:yyyy-MM-dd}"),
        };
        foreach (var (name, url) in scenarios)
        {
            var (p50, p99, cpuMs) = await Benchmark.TimeAsync(api, url, requests, warmUp: 5);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {provider} | {size:N0} | {name} | {p50:F2} | {p99:F2} | CPU {cpuMs:F1} ms a request |"));
        }

        foreach (var format in new[] { "csv", "xlsx" })
        {
            var (ms, bytes, heapPeak, workingSetPeak) = await ExportAsync(api, $"/api/v1/admin/orders/export.{format}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {provider} | {size:N0} | export {format}, every order | {ms:F0} | {ms:F0} | {bytes / 1_048_576.0:F1} MB; managed heap peak +{heapPeak / 1_048_576.0:F1} MB, working set peak +{workingSetPeak / 1_048_576.0:F1} MB |"));
        }
    }

    /// <summary>
    /// Reads the export as it streams into a counting sink while sampling the process' managed heap and working
    /// set every 20 ms: the peaks above the values just before the request say what the export holds in memory.
    /// </summary>
    private static async Task<(double Ms, long Bytes, long HeapPeak, long WorkingSetPeak)> ExportAsync(HttpClient api, string url)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var heapBase = GC.GetTotalMemory(true);
        var workingSetBase = process.WorkingSet64;
        long heapPeak = 0, workingSetPeak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(false) - heapBase);
                workingSetPeak = Math.Max(workingSetPeak, process.WorkingSet64 - workingSetBase);
                await Task.Delay(20);
            }
        });
        var watch = Stopwatch.StartNew();
        using var response = await api.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var sink = new CountingStream();
        await (await response.Content.ReadAsStreamAsync()).CopyToAsync(sink);
        var ms = watch.Elapsed.TotalMilliseconds;
        await sampling.CancelAsync();
        await sampler;
        return (ms, sink.Length, heapPeak, workingSetPeak);
    }

    private static async Task<HttpClient> AdminAsync(BenchShop shop)
    {
        var token = await shop.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email = BenchShop.AdminEmail, password = BenchShop.AdminPassword });
        var json = JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement;
        var client = shop.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(10);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>A sink that only counts what it is given.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;
    }
}
