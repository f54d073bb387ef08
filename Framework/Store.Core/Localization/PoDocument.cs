namespace Store.Core.Localization;

/// <summary>
/// The result of parsing one PO file: its plural rule (from the header) and its translated entries.
/// </summary>
/// <param name="PluralRule">The rule from the <c>Plural-Forms</c> header, or <see cref="PluralRule.Default"/>.</param>
/// <param name="Entries">The translated, non-fuzzy entries in file order.</param>
public sealed record PoDocument(PluralRule PluralRule, IReadOnlyList<PoEntry> Entries)
{
    /// <summary>Gets every entry as written (untranslated and fuzzy ones too), for checking and editing tools.</summary>
    public IReadOnlyList<PoFileEntry> AllEntries { get; init; } = [];

    /// <summary>Gets whether the header has a <c>Plural-Forms</c> line (else <see cref="PluralRule"/> is the default).</summary>
    public bool HasPluralForms { get; init; }
}
