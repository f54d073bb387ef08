using System.Collections.Frozen;

namespace Store.Core.Localization;

/// <summary>
/// The translations of one culture: the merged entries of every PO file for it, keyed by
/// (context, msgid). Immutable once built, so it is safe to share between requests.
/// </summary>
public sealed class PoCatalog
{
    private readonly FrozenDictionary<(string? Context, string Id), (PoEntry Entry, PluralRule Rule)> _entries;

    /// <summary>
    /// Merges <paramref name="documents"/> in order; a later document's entry replaces an earlier one
    /// with the same key, so assemblies listed later (modules, themes) can override core wording.
    /// Each entry keeps its own file's plural rule because msgstr[n] indexes are only meaningful under it.
    /// </summary>
    public PoCatalog(string cultureName, IEnumerable<PoDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(cultureName);
        ArgumentNullException.ThrowIfNull(documents);
        CultureName = cultureName;
        var entries = new Dictionary<(string?, string), (PoEntry, PluralRule)>();
        foreach (var document in documents)
        {
            foreach (var entry in document.Entries)
            {
                entries[(Normalize(entry.Context), entry.Id)] = (entry, document.PluralRule);
            }
        }

        _entries = entries.ToFrozenDictionary();
    }

    /// <summary>Gets the culture name (e.g. <c>fr-CA</c>) this catalog translates into.</summary>
    public string CultureName { get; }

    /// <summary>Gets the number of entries.</summary>
    public int Count => _entries.Count;

    /// <summary>Gets all entries (one per context and msgid).</summary>
    public IEnumerable<PoEntry> Entries => _entries.Values.Select(v => v.Entry);

    /// <summary>
    /// Gets the singular translation of <paramref name="id"/>; for a plural entry that is <c>msgstr[0]</c>.
    /// A null or empty <paramref name="context"/> both mean "no context".
    /// </summary>
    public bool TryGetTranslation(string? context, string id, out string translation)
    {
        if (_entries.TryGetValue((Normalize(context), id), out var found))
        {
            translation = found.Entry.Translations[0];
            return true;
        }

        translation = string.Empty;
        return false;
    }

    /// <summary>
    /// Gets the form of <paramref name="id"/> (the singular msgid) that the entry's plural rule picks
    /// for <paramref name="count"/>. Fails when the rule picks a form the entry does not have.
    /// </summary>
    public bool TryGetPluralTranslation(string? context, string id, long count, out string translation)
    {
        translation = string.Empty;
        if (!_entries.TryGetValue((Normalize(context), id), out var found))
        {
            return false;
        }

        var forms = found.Entry.Translations;
        // A non-plural entry only knows the form for a single item.
        var index = found.Entry.IsPlural ? found.Rule.Select(count) : (count == 1 ? 0 : -1);
        if (index < 0 || index >= forms.Count)
        {
            return false;
        }

        translation = forms[index];
        return true;
    }

    private static string? Normalize(string? context) => string.IsNullOrEmpty(context) ? null : context;
}
