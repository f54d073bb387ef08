namespace Store.Core.Localization;

/// <summary>
/// One translated entry of a PO file: its optional context, source text(s) and translated form(s).
/// </summary>
/// <param name="Context">The <c>msgctxt</c>, or <see langword="null"/> when the entry has none.</param>
/// <param name="Id">The <c>msgid</c> (source text, also the lookup key).</param>
/// <param name="IdPlural">The <c>msgid_plural</c>, or <see langword="null"/> for a non-plural entry.</param>
/// <param name="Translations">
/// The <c>msgstr</c> (one element) or the <c>msgstr[n]</c> forms in index order.
/// </param>
public sealed record PoEntry(string? Context, string Id, string? IdPlural, IReadOnlyList<string> Translations)
{
    /// <summary>Gets whether the entry has plural forms.</summary>
    public bool IsPlural => IdPlural is not null;
}
