using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Store.Core.Localization;

/// <summary>
/// Looks strings up in PO catalogs for <see cref="CultureInfo.CurrentUICulture"/> at call time, falling
/// back through parent cultures (fr-CA, then fr) and finally to the msgid itself with
/// <see cref="LocalizedString.ResourceNotFound"/> set.
/// </summary>
/// <param name="catalogs">Returns the catalog for a culture name, or null when that culture has none.</param>
public sealed class PoStringLocalizer(Func<string, PoCatalog?> catalogs) : IPluralStringLocalizer
{
    /// <inheritdoc />
    public LocalizedString this[string name] => Get(null, name);

    /// <inheritdoc />
    public LocalizedString this[string name, params object[] arguments] => Get(null, name, arguments);

    /// <inheritdoc />
    public LocalizedString Get(string? context, string name, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (PseudoLocales.IsPseudo(CultureInfo.CurrentUICulture))
        {
            return new LocalizedString(name, LocalizedFormat.Apply(PseudoLocales.Translate(name), arguments), false, CultureInfo.CurrentUICulture.Name);
        }

        foreach (var catalog in CatalogChain())
        {
            if (catalog.TryGetTranslation(context, name, out var translation))
            {
                return new LocalizedString(name, LocalizedFormat.Apply(translation, arguments), false, catalog.CultureName);
            }
        }

        return new LocalizedString(name, LocalizedFormat.Apply(name, arguments), true);
    }

    /// <inheritdoc />
    public LocalizedString Plural(string singular, string plural, long count, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(singular);
        ArgumentNullException.ThrowIfNull(plural);
        object[] formatArguments = [count, .. arguments ?? []];
        if (PseudoLocales.IsPseudo(CultureInfo.CurrentUICulture))
        {
            var source = count == 1 ? singular : plural;
            return new LocalizedString(singular, LocalizedFormat.Apply(PseudoLocales.Translate(source), formatArguments), false, CultureInfo.CurrentUICulture.Name);
        }

        foreach (var catalog in CatalogChain())
        {
            if (catalog.TryGetPluralTranslation(null, singular, count, out var translation))
            {
                return new LocalizedString(singular, LocalizedFormat.Apply(translation, formatArguments), false, catalog.CultureName);
            }
        }

        // The msgids are English, so English's rule picks between them.
        var text = count == 1 ? singular : plural;
        return new LocalizedString(singular, LocalizedFormat.Apply(text, formatArguments), true);
    }

    /// <summary>
    /// Lists every translation for the current UI culture (singular form, keyed by msgid),
    /// plus those only found in parent cultures when <paramref name="includeParentCultures"/> is set.
    /// </summary>
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var seen = new HashSet<(string?, string)>();
        foreach (var catalog in CatalogChain())
        {
            foreach (var entry in catalog.Entries)
            {
                // A culture's own entry hides the same key in its parent.
                if (seen.Add((entry.Context, entry.Id)))
                {
                    yield return new LocalizedString(entry.Id, entry.Translations[0], false, catalog.CultureName);
                }
            }

            if (!includeParentCultures)
            {
                yield break;
            }
        }
    }

    // The current UI culture, then its parents, skipping cultures without a catalog. Only the first
    // existing catalog matters when parents are not wanted, so GetAllStrings stops early itself.
    private IEnumerable<PoCatalog> CatalogChain()
    {
        for (var culture = CultureInfo.CurrentUICulture; culture.Name.Length > 0; culture = culture.Parent)
        {
            if (catalogs(culture.Name) is { } catalog)
            {
                yield return catalog;
            }
        }
    }
}
