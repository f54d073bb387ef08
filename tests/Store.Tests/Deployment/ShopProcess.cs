using System.Collections.Concurrent;
using System.Diagnostics;

namespace Store.Tests.Deployment;

/// <summary>
/// <c>dotnet Store.Web.dll</c> as its own OS process with the given environment, its console output kept for
/// the test to read (and to show when it fails).
/// </summary>
public sealed class ShopProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ShopProcess(string name, string appFolder, string workingFolder, IReadOnlyDictionary<string, string> environment, string? command)
    {
        Name = name;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(appFolder, "Store.Web.dll"));
        if (command is not null)
        {
            start.ArgumentList.Add(command);
        }

        // Only what a container would have: nothing of the test runner's own ASP.NET/.NET settings leaks in.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("STORE_", StringComparison.Ordinal) || k.Contains("__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The OS process id (the load bench reads its memory from <c>/proc</c>).</summary>
    public int Id => _process.Id;

    public string Output => string.Join('\n', _output);

    /// <summary>Runs <paramref name="appFolder"/>'s Store.Web.dll in <paramref name="contentRoot"/> (appsettings.json, App_Data).</summary>
    public static ShopProcess Start(string name, string appFolder, string contentRoot, IReadOnlyDictionary<string, string> environment, string? command = null) =>
        new(name, appFolder, contentRoot, environment, command);

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public bool Logged(string text) => _output.Any(l => l.Contains(text, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}
