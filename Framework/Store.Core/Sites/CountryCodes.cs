using System.Globalization;

namespace Store.Core.Sites;

/// <summary>ISO 3166-1 alpha-2 country codes the platform knows (from .NET's regions), for every module that takes one.</summary>
public static class CountryCodes
{
    private static readonly HashSet<string> Known = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).TwoLetterISORegionName; } catch (ArgumentException) { return null; } })
        .Where(c => c is { Length: 2 } && c.All(char.IsAsciiLetterUpper))
        .ToHashSet(StringComparer.Ordinal)!;

    /// <summary>The code upper-cased and trimmed when it is one we know (<c>fr</c> gives <c>FR</c>); null otherwise.</summary>
    public static string? Normalize(string? code) =>
        code?.Trim().ToUpperInvariant() is { Length: 2 } upper && Known.Contains(upper) ? upper : null;
}
