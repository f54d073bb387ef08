namespace Store.Catalog.Search;

/// <summary>
/// Small integer ids for the (attribute, value) pairs of the index, so counting values is an array
/// increment. Copied when a new pair appears (rare: a new colour, a new size), shared otherwise.
/// </summary>
internal sealed class AttributeValueIds
{
    private readonly Dictionary<(int, string), int> _ids;

    private AttributeValueIds(Dictionary<(int, string), int> ids, (int AttributeId, string Value)[] pairs)
    {
        _ids = ids;
        Pairs = pairs;
    }

    public static AttributeValueIds Empty { get; } = new([], []);

    /// <summary>By id.</summary>
    public (int AttributeId, string Value)[] Pairs { get; }

    public int Count => Pairs.Length;

    public int IdOf((int, string) pair) => _ids[pair];

    public bool TryGetId((int, string) pair, out int id) => _ids.TryGetValue(pair, out id);

    /// <summary>These ids plus any pair of <paramref name="products"/> not seen before.</summary>
    public AttributeValueIds With(IEnumerable<IndexedProduct> products)
    {
        Dictionary<(int, string), int>? ids = null;
        List<(int, string)>? pairs = null;
        foreach (var pair in products.SelectMany(p => p.Values))
        {
            if ((ids ?? _ids).ContainsKey(pair))
            {
                continue;
            }

            ids ??= new Dictionary<(int, string), int>(_ids);
            pairs ??= [.. Pairs];
            ids[pair] = pairs.Count;
            pairs.Add(pair);
        }

        return ids is null ? this : new AttributeValueIds(ids, [.. pairs!]);
    }
}
