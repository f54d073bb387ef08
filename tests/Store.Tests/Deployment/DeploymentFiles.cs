using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Store.Tests.Deployment;

/// <summary>
/// Reads the repository's deployment files the way Docker does, enough for the tests: docker-compose.yml
/// (YAML merge keys, <c>${VAR:-default}</c> interpolation), <c>.env.example</c> and the Dockerfile's stages.
/// </summary>
internal static partial class DeploymentFiles
{
    public static string Root { get; } = FindRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>The <c>environment</c> of a compose service, merge keys resolved, values not interpolated.</summary>
    public static IReadOnlyDictionary<string, string> ServiceEnvironment(string service)
    {
        var environment = Service(service).Children.TryGetValue(new YamlScalarNode("environment"), out var node) ? node : null;
        return environment switch
        {
            YamlMappingNode map => map.Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value ?? string.Empty),
            YamlSequenceNode list => list.Children.Select(i => ((YamlScalarNode)i).Value!.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty),
            _ => new Dictionary<string, string>(),
        };
    }

    public static IReadOnlyList<string> Services() =>
        ((YamlMappingNode)Compose()["services"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();

    public static YamlMappingNode Service(string name) => (YamlMappingNode)((YamlMappingNode)Compose()["services"])[name];

    public static YamlMappingNode Compose()
    {
        var stream = new YamlStream();
        // MergingParser resolves "<<: *anchor" the way Compose does.
        stream.Load(new MergingParser(new Parser(new StringReader(Read("docker-compose.yml")))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>Every <c>${NAME...}</c> the compose file interpolates.</summary>
    public static IReadOnlySet<string> ComposeVariables() =>
        Read("docker-compose.yml").Split('\n').Where(l => !l.TrimStart().StartsWith('#'))
            .SelectMany(l => Interpolation().Matches(l)).Select(m => m.Groups["name"].Value).ToHashSet();

    /// <summary>Replaces <c>${NAME}</c>, <c>${NAME:-default}</c> and <c>${NAME:?error}</c> as Compose does.</summary>
    public static string Interpolate(string value, IReadOnlyDictionary<string, string> variables) =>
        Interpolation().Replace(value, m =>
        {
            var name = m.Groups["name"].Value;
            var set = variables.TryGetValue(name, out var found) && found.Length > 0;
            return m.Groups["op"].Value switch
            {
                ":-" => set ? found! : m.Groups["arg"].Value,
                ":?" => set ? found! : throw new InvalidOperationException($"Compose would stop: {name}: {m.Groups["arg"].Value}"),
                _ => found ?? string.Empty,
            };
        });

    /// <summary>The variables of <c>.env.example</c> with their values and the comment lines just above each.</summary>
    public static IReadOnlyDictionary<string, (string Value, string Comment)> EnvExample()
    {
        var result = new Dictionary<string, (string, string)>();
        var comment = new List<string>();
        foreach (var raw in Read(".env.example").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('#'))
            {
                comment.Add(line.TrimStart('#').Trim());
            }
            else if (line.Length == 0)
            {
                comment.Clear();
            }
            else
            {
                var (name, value) = (line.Split('=', 2)[0], line.Split('=', 2) is { Length: 2 } p ? p[1] : string.Empty);
                result[name] = (value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value, string.Join(" ", comment));
                comment.Clear();
            }
        }

        return result;
    }

    /// <summary>The Dockerfile's lines after the last <c>FROM</c>: the image that runs.</summary>
    public static List<string> RuntimeStage()
    {
        var lines = JoinContinuations(Read("Dockerfile"));
        var from = lines.FindLastIndex(l => l.StartsWith("FROM ", StringComparison.OrdinalIgnoreCase));
        return lines[from..];
    }

    /// <summary><c>ENV</c> of the runtime stage, as a container of the image starts with it.</summary>
    public static IReadOnlyDictionary<string, string> RuntimeEnvironment() =>
        RuntimeStage().Where(l => l.StartsWith("ENV ", StringComparison.Ordinal))
            .SelectMany(l => EnvPair().Matches(l[4..]))
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    private static List<string> JoinContinuations(string text) =>
        text.Replace("\\\r\n", " ", StringComparison.Ordinal).Replace("\\\n", " ", StringComparison.Ordinal)
            .Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Store.sln")) || File.Exists(Path.Combine(dir.FullName, "Store.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Store.sln) is not above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?<op>:[-?])(?<arg>[^}]*))?\}")]
    private static partial Regex Interpolation();

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_]*)=(\S+)")]
    private static partial Regex EnvPair();
}
