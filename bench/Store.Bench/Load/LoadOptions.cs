using System.Globalization;

namespace Store.Bench.Load;

/// <summary>What <c>bench/load.sh</c> passes on: <c>--products 10000 --seconds 10 --warmup 3 --connections 32 --threads 2 --only list --fresh --shop DIR --setting KEY=VALUE</c>.</summary>
internal sealed record LoadOptions
{
    public int Products { get; init; } = 10_000;

    public int Seconds { get; init; } = 10;

    /// <summary>
    /// Load sent before each scenario's measured run and thrown away, so that no row measures code still being
    /// tiered up by the JIT, the product index still being built, or caches still cold. A third of
    /// <see cref="Seconds"/> unless <c>--warmup</c> says.
    /// </summary>
    public int? Warmup { get; init; }

    public int WarmupSeconds => Warmup ?? Seconds / 3;

    public int Connections { get; init; } = 32;

    public int Threads { get; init; } = 2;

    /// <summary>Runs only the scenarios whose name holds this text.</summary>
    public string? Only { get; init; }

    /// <summary>Sets the shop up again even when the work folder already holds one of this size.</summary>
    public bool Fresh { get; init; }

    /// <summary>Contention: this many buyers race for <see cref="Units"/> units of one product.</summary>
    public int Buyers { get; init; } = 200;

    public int Units { get; init; } = 10;

    /// <summary>Mixed load: orders placed each second while shoppers browse.</summary>
    public int OrdersPerSecond { get; init; } = 5;

    public string WorkRoot { get; init; } = Path.Combine(Path.GetTempPath(), "store-load");

    /// <summary>
    /// The folder whose <c>Store.Web.dll</c> runs: <c>bench/load.sh</c> publishes the shop there as the Docker image
    /// does (ReadyToRun), so the start time is the one a node has. Unset, the bench's own build of the shop runs.
    /// </summary>
    public string? ShopFolder { get; init; }

    /// <summary>
    /// Settings given to the shop on top of the bench's own (<c>--setting OutputCache:SizeLimitMB=16</c>, repeatable),
    /// so a configuration is measured without editing it in. The runtime's own (<c>DOTNET_gcServer=0</c>) pass from
    /// the environment.
    /// </summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number() => int.Parse(Next(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--products" => options with { Products = Number() },
                "--seconds" => options with { Seconds = Number() },
                "--warmup" => options with { Warmup = Number() },
                "--connections" => options with { Connections = Number() },
                "--threads" => options with { Threads = Number() },
                "--buyers" => options with { Buyers = Number() },
                "--units" => options with { Units = Number() },
                "--orders-per-second" => options with { OrdersPerSecond = Number() },
                "--only" => options with { Only = Next() },
                "--work" => options with { WorkRoot = Next() },
                "--fresh" => options with { Fresh = true },
                "--shop" => options with { ShopFolder = Path.GetFullPath(Next()) },
                "--setting" => options with { Settings = With(options.Settings, Next()) },
                _ => throw new ArgumentException($"Unknown option {args[i]}: see bench/README.md, \"Load\"."),
            };
        }

        return options;
    }

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> settings, string pair)
    {
        var at = pair.IndexOf('=', StringComparison.Ordinal);
        return at <= 0
            ? throw new ArgumentException($"--setting takes KEY=VALUE, not \"{pair}\".")
            : new Dictionary<string, string>(settings) { [pair[..at]] = pair[(at + 1)..] };
    }

    public bool Runs(string scenario) => Only is null || scenario.Contains(Only, StringComparison.OrdinalIgnoreCase);
}
