namespace Store.Translations.Overrides;

/// <summary>
/// One saved change to a translation: the history the admin shows, and the change rows by which every web node
/// notices that the overrides changed (as the catalog's <c>CatalogChanges</c>), written in the same transaction.
/// </summary>
public sealed class TranslationChange
{
    public const string Table = "TranslationChanges";

    public long Id { get; set; }

    public string Culture { get; set; } = string.Empty;

    public string Context { get; set; } = string.Empty;

    public string MsgId { get; set; } = string.Empty;

    /// <summary>The translation before the change (forms joined by new lines for the history), empty when there was none.</summary>
    public string Before { get; set; } = string.Empty;

    public string After { get; set; } = string.Empty;

    /// <summary><c>admin</c>, <c>api</c> or <c>import</c>.</summary>
    public string Source { get; set; } = string.Empty;

    public string ChangedBy { get; set; } = string.Empty;

    public DateTime ChangedUtc { get; set; }
}
