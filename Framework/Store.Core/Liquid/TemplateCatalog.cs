using Store.Core.Modules;

namespace Store.Core.Liquid;

/// <summary>
/// Every Liquid template source by name (<c>Home/Index</c>, <c>Layout</c>), read once from the embedded
/// <c>Views/**/*.liquid</c> of Core, the modules and the theme. A later source wins, so the theme
/// overrides a module's template by using the same file name.
/// </summary>
public sealed class TemplateCatalog
{
    private const string Prefix = "Views/";
    private const string Extension = ".liquid";
    private readonly Dictionary<string, string> _sources = new(StringComparer.OrdinalIgnoreCase);

    public TemplateCatalog(ModuleCatalog modules)
    {
        foreach (var assembly in modules.TemplateSources)
        {
            foreach (var resource in assembly.GetManifestResourceNames())
            {
                if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(Extension, StringComparison.Ordinal))
                {
                    continue;
                }

                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                var name = resource[Prefix.Length..^Extension.Length].Replace('\\', '/');
                _sources[name] = reader.ReadToEnd();
            }
        }
    }

    public IEnumerable<string> Names => _sources.Keys;

    public bool TryGetSource(string name, out string source) => _sources.TryGetValue(Normalize(name), out source!);

    private static string Normalize(string name)
    {
        name = name.Replace('\\', '/').TrimStart('/');
        if (name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            name = name[Prefix.Length..];
        }

        return name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) ? name[..^Extension.Length] : name;
    }
}
