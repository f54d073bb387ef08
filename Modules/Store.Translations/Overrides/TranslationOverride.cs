namespace Store.Translations.Overrides;

/// <summary>
/// A translation saved in the admin or imported, laid over the shipped PO files on every node (README,
/// "Overrides"). <see cref="Context"/> is empty for none; <see cref="Forms"/> holds msgstr (one) or msgstr[n].
/// </summary>
public sealed class TranslationOverride
{
    public const string Table = "TranslationOverrides";

    public int Id { get; set; }

    public string Culture { get; set; } = string.Empty;

    public string Context { get; set; } = string.Empty;

    public string MsgId { get; set; } = string.Empty;

    public string? MsgIdPlural { get; set; }

    public List<string> Forms { get; set; } = [];

    public string ChangedBy { get; set; } = string.Empty;

    public DateTime ChangedUtc { get; set; }
}
