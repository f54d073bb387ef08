using System.Diagnostics;
using System.Globalization;
using Store.Tests.Deployment;

namespace Store.Bench.Load;

/// <summary>
/// The shop as it runs in production (the tests' <see cref="ShopProcess"/>: <c>Store.Web.dll</c> of the Release
/// build in its own process, environment Production), on loopback, with its memory watched.
/// </summary>
internal sealed class ShopUnderLoad(ShopProcess process) : IAsyncDisposable
{
    /// <summary>Starts the shop and waits for its home page: the time from process start to the first 200.</summary>
    public static async Task<(ShopUnderLoad Shop, TimeSpan FirstPage)> StartAsync(string repoRoot, string? shopFolder, string url, IReadOnlyDictionary<string, string> settings)
    {
        var web = Path.Combine(repoRoot, "Store.Web");
        var environment = settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["ASPNETCORE_URLS"] = url;
        var clock = Stopwatch.StartNew();
        // The shop of the bench's own build (bin/Release/net10.0 when the bench is bin/Release/net10.0).
        var bench = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var process = ShopProcess.Start("load", shopFolder ?? Path.Combine(web, "bin", bench.Parent!.Name, bench.Name), web, environment);
        var shop = new ShopUnderLoad(process);

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (clock.Elapsed < TimeSpan.FromMinutes(10))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The shop stopped at start:\n{process.Output}");
            }

            try
            {
                using var response = await client.GetAsync(url + "/");
                if (response.IsSuccessStatusCode)
                {
                    return (shop, clock.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, still setting up.
            }

            await Task.Delay(25);
        }

        await shop.DisposeAsync();
        throw new TimeoutException($"The shop did not answer within 10 minutes:\n{process.Output}");
    }

    /// <summary>Resident memory now (<c>VmRSS</c>), in bytes; 0 where there is no <c>/proc</c>.</summary>
    public long WorkingSet()
    {
        var status = $"/proc/{process.Id}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)) : null;
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>Samples <see cref="WorkingSet"/> every 100 ms while <paramref name="work"/> runs: the peak.</summary>
    public async Task<(T Result, long PeakBytes)> WatchMemoryAsync<T>(Func<Task<T>> work)
    {
        using var stop = new CancellationTokenSource();
        var peak = WorkingSet();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, WorkingSet());
                await Task.Delay(100, CancellationToken.None);
            }
        });
        T result;
        try
        {
            result = await work();
        }
        finally
        {
            await stop.CancelAsync();
            await sampler;
        }

        return (result, peak);
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
