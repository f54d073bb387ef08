namespace Store.Translations.Api;

/// <summary>A translation to save: the string's <c>context</c> (null for none) and <c>id</c> (the source text), and its forms (one, or one per plural form; all empty removes the override).</summary>
public sealed record TranslationInput(string? Context, string Id, IReadOnlyList<string> Forms);
