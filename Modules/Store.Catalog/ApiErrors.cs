namespace Store.Catalog;

/// <summary>Editor errors (keyed by C# property names) as problem-details field errors keyed by JSON names.</summary>
internal static class ApiErrors
{
    public static Dictionary<string, string[]> Of(IReadOnlyDictionary<string, string> errors) =>
        errors.ToDictionary(e => JsonName(e.Key), e => new[] { e.Value });

    private static string JsonName(string key) =>
        string.Join('.', key.Split('.').Select((part, i) => i == 0 && part.Length > 0 ? char.ToLowerInvariant(part[0]) + part[1..] : part));
}
