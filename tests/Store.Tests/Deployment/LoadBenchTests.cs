using System.Diagnostics;
using System.Globalization;

namespace Store.Tests.Deployment;

/// <summary>
/// <c>bench/load.sh</c>'s smallest configuration, one second a scenario, so the load bench cannot rot: every
/// scenario answers, and the race for the last units sells exactly those units. Runs on the suite's database
/// (PostgreSQL when <c>STORE_TEST_POSTGRES</c> is set). Figures are not asserted (bench/README.md has them).
/// </summary>
public sealed class LoadBenchTests
{
    private static readonly string[] Scenarios =
    [
        "start to first page, empty database", "start to first page, existing database",
        "home, output cache", "home, missing the cache", "list, output cache", "list, missing the cache",
        "list, category + price + colour, output cache", "list, category + price + colour, missing the cache",
        "search, output cache", "search, missing the cache", "product page, output cache", "product page, missing the cache",
        "/session", "add to cart", "checkout: add to cart, guest order, pay offline", "mixed: ", "contention: 12 buyers for the last 3 units",
    ];

    [Fact]
    public async Task The_load_bench_runs_every_scenario_and_the_race_sells_exactly_the_last_units()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var bench = Path.Combine(DeploymentFiles.Root, "bench", "Store.Bench", "bin", testOutput.Parent!.Name, testOutput.Name, "Store.Bench.dll");
        Assert.True(File.Exists(bench), $"Build Store.sln first: no {bench}");
        var work = Path.Combine(Path.GetTempPath(), "store-load-test", Guid.NewGuid().ToString("n"));
        try
        {
            var (exitCode, output) = await RunAsync(bench, "load", "--products", "40", "--seconds", "1", "--connections", "4", "--threads", "1", "--buyers", "12", "--units", "3", "--work", work);
            Assert.True(exitCode == 0, $"The load bench failed ({exitCode}):\n{output}");

            var rows = output.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Select(l => l.Split('|').Select(c => c.Trim()).ToArray()).Where(r => r[1] != "scenario").ToList();
            foreach (var scenario in Scenarios)
            {
                Assert.Contains(rows, r => r[1].StartsWith(scenario, StringComparison.Ordinal));
            }

            // Every wrk row served something, without errors.
            foreach (var row in rows.Where(r => r[5].Length > 0 && r[6].Length > 0 && !r[1].StartsWith("contention", StringComparison.Ordinal)))
            {
                Assert.True(double.Parse(row[3], CultureInfo.InvariantCulture) > 0, $"No request served: {string.Join(" | ", row)}");
                Assert.DoesNotContain("errors", row[10], StringComparison.Ordinal);
            }

            Assert.Contains("3 orders placed, 9 told it is sold out, stock left 0", output, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string dll, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output + await errors);
    }
}
