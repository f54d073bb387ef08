namespace Store.Translations.Overrides;

/// <summary>Whether shoppers read a string in the culture: fuzzy strings are in a file but not used until checked.</summary>
public enum TranslationState
{
    Missing,
    Fuzzy,
    Translated,
}
