using System.Collections.Concurrent;

namespace Store.Catalog.Search;

/// <summary>
/// Product options (Colour, Size) ride in the index as attribute values with ids of their own, below zero so
/// they never meet a real attribute id. Each option slug has two: one for every value a variant has, one for
/// the values of variants in stock, so "Colour: Red" with "in stock only" finds products whose red variant is
/// in stock. Ids are handed out once per process and never reused.
/// </summary>
internal static class OptionFilterIds
{
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<int, (string Slug, string Name)> Options = new();
    private static int _last;

    /// <summary>The id of every value of the option; the in-stock id is the next one down.</summary>
    public static int AnyOf(string slug, string name)
    {
        var id = Ids.GetOrAdd(slug, _ => Interlocked.Add(ref _last, -2) + 1);
        Options.TryAdd(id, (slug, name));
        return id;
    }

    public static int? Find(string slug, bool inStock) => Ids.TryGetValue(slug, out var id) ? (inStock ? id - 1 : id) : null;

    public static bool IsOption(int attributeId) => attributeId < 0;

    /// <summary>The option's slug and display name (as first seen), from either of its ids.</summary>
    public static (string Slug, string Name) Of(int attributeId) => Options[attributeId % 2 == 0 ? attributeId + 1 : attributeId];

    public static bool IsInStockId(int attributeId) => attributeId < 0 && attributeId % 2 == 0;
}
