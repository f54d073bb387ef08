namespace Store.Core.Modules;

/// <summary>The modules the host composed, in dependency order, and the theme's assembly.</summary>
public sealed class ModuleCatalog(IReadOnlyList<StoreModule> modules, Assembly theme)
{
    public IReadOnlyList<StoreModule> Modules { get; } = modules;

    public Assembly Theme { get; } = theme;

    /// <summary>Core first, then modules, then the theme: later entries override earlier ones.</summary>
    public IEnumerable<Assembly> TemplateSources =>
        [typeof(ModuleCatalog).Assembly, .. Modules.Select(m => m.Assembly), Theme];
}
