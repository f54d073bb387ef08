using Store.Translations.Overrides;

namespace Store.Translations.Api;

/// <summary>A culture's coverage by module, with its number of plural forms.</summary>
public sealed record CultureCoverage(string Culture, int PluralForms, IReadOnlyList<ModuleCoverage> Modules);
