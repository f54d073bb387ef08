using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Store.Bench.Load;

/// <summary>One run of Debian's <c>wrk</c>: requests a second, p50 and p99 (from <c>--latency</c>), and what it counted.</summary>
internal sealed record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Errors, long CacheHits);

/// <summary>
/// Runs <c>wrk</c> with a Lua script written for the request: a GET, a GET that misses the output cache (a new
/// <c>r=</c> parameter on every request), a JSON POST, and optionally counting responses served from the output
/// cache (they carry an <c>Age</c> header).
/// </summary>
internal static partial class Wrk
{
    /// <summary>What wrk sends to <paramref name="Url"/>; with <paramref name="Paths"/>, each request picks one of them at random.</summary>
    public sealed record Request(string Url, bool MissCache = false, string? JsonBody = null, bool CountCacheHits = false, IReadOnlyList<string>? Paths = null);

    public static async Task<WrkResult> RunAsync(Request request, LoadOptions options, string workFolder, TimeSpan? duration = null)
    {
        var script = Path.Combine(workFolder, $"wrk-{Guid.NewGuid():n}.lua");
        await File.WriteAllTextAsync(script, ScriptOf(request));
        try
        {
            var info = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[]
            {
                "-t", options.Threads.ToString(CultureInfo.InvariantCulture), "-c", options.Connections.ToString(CultureInfo.InvariantCulture),
                "-d", ((int)(duration ?? TimeSpan.FromSeconds(options.Seconds)).TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s",
                "--timeout", "10s", "--latency", "-s", script, request.Url,
            })
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Start(info);
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return process.ExitCode == 0 ? Parse(output) : throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {errors}{output}");
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static Process Start(ProcessStartInfo info)
    {
        try
        {
            return Process.Start(info) ?? throw new InvalidOperationException("wrk did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("wrk is not installed: apt-get install wrk (bench/load.sh and scripts/test.sh do it as root).", e);
        }
    }

    internal static WrkResult Parse(string output)
    {
        double Number(Regex pattern) => pattern.Match(output) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return new WrkResult(
            Number(RatePattern()),
            Milliseconds(Percentile("50%")),
            Milliseconds(Percentile("99%")),
            (long)Number(RequestsPattern()),
            (long)Number(SocketErrorsPattern()) + (long)Number(Non2xxPattern()),
            (long)Number(HitsPattern()));

        string Percentile(string label) => Regex.Match(output, $@"^\s*{label}\s+(\S+)", RegexOptions.Multiline) is { Success: true } m ? m.Groups[1].Value : "0us";
    }

    /// <summary>wrk writes latencies as 512.00us, 2.34ms or 1.02s.</summary>
    private static double Milliseconds(string value)
    {
        var unit = value.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.');
        var number = double.Parse(value[..^unit.Length], CultureInfo.InvariantCulture);
        return unit switch
        {
            "us" => number / 1000,
            "ms" => number,
            "s" => number * 1000,
            "m" => number * 60_000,
            _ => throw new FormatException($"Unknown wrk latency '{value}'."),
        };
    }

    private static string ScriptOf(Request request)
    {
        var lines = new List<string>
        {
            "local threads = {}",
            "local counter = 0",
            "function setup(thread) table.insert(threads, thread); thread:set(\"id\", #threads) end",
            "function init(args) hits = 0 end",
        };
        if (request.JsonBody is not null)
        {
            lines.Add("wrk.method = \"POST\"");
            lines.Add($"wrk.body = [[{request.JsonBody}]]");
            lines.Add("wrk.headers[\"Content-Type\"] = \"application/json\"");
        }

        if (request.MissCache)
        {
            // A query parameter never seen before: the output cache varies by every parameter, so this misses it.
            lines.Add("local separator = string.find(wrk.path, \"?\", 1, true) and \"&\" or \"?\"");
            lines.Add("request = function() counter = counter + 1; return wrk.format(nil, wrk.path .. separator .. \"r=\" .. id .. \"-\" .. counter) end");
        }

        if (request.Paths is { Count: > 0 } paths)
        {
            lines.Add("local paths = {" + string.Join(", ", paths.Select(p => $"[[{p}]]")) + "}");
            lines.Add("request = function() return wrk.format(nil, paths[math.random(#paths)]) end");
        }

        if (request.CountCacheHits)
        {
            lines.Add("response = function(status, headers, body) if headers[\"Age\"] ~= nil then hits = hits + 1 end end");
            lines.Add("function done(summary, latency, requests) local total = 0; for _, t in ipairs(threads) do total = total + t:get(\"hits\") end; io.write(string.format(\"Cache hits: %d\\n\", total)) end");
        }

        return string.Join('\n', lines) + "\n";
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RatePattern();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestsPattern();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xxPattern();

    [GeneratedRegex(@"Socket errors:.*?timeout (\d+)")]
    private static partial Regex SocketErrorsPattern();

    [GeneratedRegex(@"Cache hits: (\d+)")]
    private static partial Regex HitsPattern();
}
