namespace Store.Translations.Overrides;

/// <summary>A string as the admin lists it for one culture: its source, where it is used and its translation now.</summary>
public sealed record TranslationRow(string Module, string? Context, string Id, string? IdPlural, IReadOnlyList<string> References, IReadOnlyList<string> Forms, TranslationState State, bool Overridden)
{
    public bool IsPlural => IdPlural is not null;
}
