using System.Collections.Concurrent;
using System.Reflection;
using Store.Core.Localization;
using Store.Core.Modules;
using Store.Translations.Extraction;

namespace Store.Translations.Files;

/// <summary>
/// What the assemblies ship, read from their embedded resources: each module's template
/// (<c>Localization/messages.pot</c>: the strings, their context and where they are used) and its
/// <c>Localization/{culture}.po</c>. Read once per culture; files never change while the shop runs.
/// </summary>
public sealed class ShippedStrings(ModuleCatalog modules)
{
    private readonly Lazy<IReadOnlyList<ShippedModule>> _templates = new(() => [.. modules.TemplateSources.Select(ReadTemplate).Where(m => m.Strings.Count > 0)]);
    private readonly ConcurrentDictionary<string, ShippedCulture> _cultures = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The modules with strings, Core first and the theme last, as the localizer merges them.</summary>
    public IReadOnlyList<ShippedModule> Modules => _templates.Value;

    /// <summary>The shipped translations of <paramref name="culture"/>, by module, and the culture's plural rule.</summary>
    public ShippedCulture Culture(string culture) => _cultures.GetOrAdd(culture, name =>
    {
        var documents = modules.TemplateSources.Select(a => (Module: ModuleName(a), Document: ReadPo(a, name))).Where(d => d.Document is not null).ToList();
        var rule = documents.Select(d => d.Document!).LastOrDefault(d => d.HasPluralForms)?.PluralRule ?? PluralRule.Default;
        var byModule = documents.ToDictionary(d => d.Module, d => (IReadOnlyList<PoFileEntry>)[.. d.Document!.AllEntries], StringComparer.Ordinal);
        return new ShippedCulture(rule, byModule);
    });

    internal static string ModuleName(Assembly assembly) =>
        assembly.GetName().Name is { } name && name.StartsWith("Store.", StringComparison.Ordinal) ? name["Store.".Length..] : assembly.GetName().Name ?? "?";

    private static ShippedModule ReadTemplate(Assembly assembly)
    {
        var text = ReadResource(assembly, "Localization/" + SourceTree.TemplateFile);
        return new ShippedModule(ModuleName(assembly), text is null ? [] : PoParser.Parse(text).AllEntries);
    }

    private static PoDocument? ReadPo(Assembly assembly, string culture) =>
        ReadResource(assembly, $"Localization/{culture}.po") is { } text ? PoParser.Parse(text) : null;

    private static string? ReadResource(Assembly assembly, string name)
    {
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(n => n.Replace('\\', '/').Equals(name, StringComparison.OrdinalIgnoreCase));
        if (resource is null)
        {
            return null;
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>One module's template: <paramref name="Name"/> is the assembly's without <c>Store.</c> ("Catalog", "Theme").</summary>
public sealed record ShippedModule(string Name, IReadOnlyList<PoFileEntry> Strings);

/// <summary>A culture's shipped PO entries by module name, and its plural rule.</summary>
public sealed record ShippedCulture(PluralRule PluralRule, IReadOnlyDictionary<string, IReadOnlyList<PoFileEntry>> ByModule);
