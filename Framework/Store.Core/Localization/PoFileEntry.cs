namespace Store.Core.Localization;

/// <summary>
/// One entry of a PO file as written, for tools that check or edit files (the Translations module): untranslated
/// and fuzzy entries included, with the line it starts on and its <c>#:</c> references.
/// </summary>
/// <param name="Context">The <c>msgctxt</c>, or null.</param>
/// <param name="Id">The <c>msgid</c>.</param>
/// <param name="IdPlural">The <c>msgid_plural</c>, or null.</param>
/// <param name="Translations">The msgstr forms in index order; a form never given is empty.</param>
/// <param name="Fuzzy">Whether the entry is flagged <c>fuzzy</c> (not used at run time).</param>
/// <param name="References">The <c>#:</c> source references, in file order.</param>
/// <param name="Line">The line the entry starts on (1-based).</param>
public sealed record PoFileEntry(string? Context, string Id, string? IdPlural, IReadOnlyList<string> Translations, bool Fuzzy, IReadOnlyList<string> References, int Line)
{
    public bool IsTranslated => Translations.Count > 0 && Translations.All(t => t.Length > 0);
}
