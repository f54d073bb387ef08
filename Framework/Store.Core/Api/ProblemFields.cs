namespace Store.Core.Api;

/// <summary>
/// Field errors keyed by C# property names (<c>DisplayName</c>, <c>Attributes.colour</c>), as RFC 9457
/// validation-problem errors keyed by the JSON names a client sent (<c>displayName</c>, <c>attributes.colour</c>).
/// </summary>
internal static class ProblemFields
{
    public static Dictionary<string, string[]> From(IReadOnlyDictionary<string, string> errors) =>
        errors.ToDictionary(e => JsonName(e.Key), e => new[] { e.Value });

    // Only the first segment is camel-cased: later segments are slugs or indexes the client chose.
    private static string JsonName(string key) =>
        string.Join('.', key.Split('.').Select((part, i) => i == 0 && part.Length > 0 ? char.ToLowerInvariant(part[0]) + part[1..] : part));
}
