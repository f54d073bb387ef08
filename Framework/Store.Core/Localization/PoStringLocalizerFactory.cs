using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Localization;

namespace Store.Core.Localization;

/// <summary>
/// Creates <see cref="PoStringLocalizer"/>s over one shared catalog per culture, built from the
/// <c>Localization/{culture}.po</c> embedded resources (also in sub-folders of <c>Localization/</c>)
/// of the given assemblies. Each culture is loaded once, on first use.
/// </summary>
public sealed class PoStringLocalizerFactory : IStringLocalizerFactory
{
    private const string ResourceFolder = "Localization";

    private readonly Assembly[] _assemblies;
    private readonly ConcurrentDictionary<string, Lazy<PoCatalog?>> _catalogs = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, IReadOnlyList<PoEntry>> _overrides = new(StringComparer.OrdinalIgnoreCase);
    private readonly PoStringLocalizer _localizer;

    /// <summary>
    /// Creates the factory. Assemblies are read in order, so translations in later assemblies
    /// override earlier ones.
    /// </summary>
    public PoStringLocalizerFactory(IEnumerable<Assembly> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        _assemblies = [.. assemblies.Distinct()];
        _localizer = new PoStringLocalizer(GetCatalog);
    }

    /// <summary>Gets the localizer; every localizer shares the same catalogs, so one instance serves all.</summary>
    public PoStringLocalizer Localizer => _localizer;

    /// <summary>The resource source is ignored: there is one shared catalog per culture.</summary>
    public IStringLocalizer Create(Type resourceSource) => _localizer;

    /// <summary>The base name and location are ignored: there is one shared catalog per culture.</summary>
    public IStringLocalizer Create(string baseName, string location) => _localizer;

    /// <summary>
    /// Gets the catalog for <paramref name="cultureName"/> (exact name, no parent fallback),
    /// or null when no assembly has a PO file for it.
    /// </summary>
    /// <exception cref="InvalidOperationException">A PO file for the culture is malformed.</exception>
    public PoCatalog? GetCatalog(string cultureName)
    {
        ArgumentNullException.ThrowIfNull(cultureName);
        // "FR" and "fr" are one culture: key and load it by its canonical name, whichever caller comes first.
        cultureName = CanonicalName(cultureName);
        // Lazy with ExecutionAndPublication guarantees a single load per culture under concurrency.
        return _catalogs.GetOrAdd(
            cultureName,
            name => new Lazy<PoCatalog?>(() => Load(name), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>
    /// Replaces the entries laid over <paramref name="cultureName"/>'s shipped files (the Translations module's
    /// database overrides); the culture's catalog is built again on its next use.
    /// </summary>
    public void SetOverrides(string cultureName, IReadOnlyList<PoEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(cultureName);
        ArgumentNullException.ThrowIfNull(entries);
        cultureName = CanonicalName(cultureName);
        _overrides[cultureName] = entries;
        _catalogs.TryRemove(cultureName, out _);
    }

    private static string CanonicalName(string cultureName)
    {
        try
        {
            return CultureInfo.GetCultureInfo(cultureName).Name;
        }
        catch (CultureNotFoundException)
        {
            return cultureName;
        }
    }

    private PoCatalog? Load(string cultureName)
    {
        var fileName = cultureName + ".po";
        var documents = new List<PoDocument>();
        foreach (var assembly in _assemblies)
        {
            // Ordinal order keeps the merge deterministic when an assembly has several files for a culture.
            var names = assembly.GetManifestResourceNames()
                .Where(n => IsCultureFile(n, fileName))
                .Order(StringComparer.Ordinal);
            foreach (var name in names)
            {
                documents.Add(Read(assembly, name));
            }
        }

        if (_overrides.TryGetValue(cultureName, out var overrides) && overrides.Count > 0)
        {
            // Last, so an override wins; under the shipped files' plural rule, which its forms follow.
            documents.Add(new PoDocument(documents.LastOrDefault(d => d.HasPluralForms)?.PluralRule ?? PluralRule.Default, overrides));
        }

        return documents.Count == 0 ? null : new PoCatalog(cultureName, documents);
    }

    private static bool IsCultureFile(string resourceName, string fileName)
    {
        // RecursiveDir uses the build OS's separator, so accept both.
        var normalized = resourceName.Replace('\\', '/');
        return normalized.StartsWith(ResourceFolder + "/", StringComparison.OrdinalIgnoreCase)
            && normalized[(normalized.LastIndexOf('/') + 1)..].Equals(fileName, StringComparison.OrdinalIgnoreCase);
    }

    private static PoDocument Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Resource '{resourceName}' vanished from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        try
        {
            return PoParser.Parse(reader);
        }
        catch (PoParseException ex)
        {
            throw new InvalidOperationException($"Cannot load '{resourceName}' from {assembly.GetName().Name}: {ex.Message}", ex);
        }
    }
}
