namespace Store.Translations.Extraction;

/// <summary>One translatable string at one place in a module's source: <paramref name="Reference"/> is <c>path:line</c>.</summary>
internal sealed record FoundString(string? Context, string Id, string? IdPlural, string Reference);
