namespace Store.Catalog.Search;

/// <summary>
/// Every published product's list data in memory, with each sort order computed once, so a list request
/// is one pass over plain arrays (filters, text, attribute counts together) plus a top-k selection of the
/// page; nothing in it asks the database. Immutable: <see cref="ProductIndex"/> swaps in a new one when
/// products change, while requests keep reading the one they started with.
/// </summary>
internal sealed class IndexedCatalog
{
    // Relevance tiers: whole name (100), name starting with the search (20), each word starting a word (5).
    private const int MaxScore = 100 + 20 + (5 * 8);
    private const int SortOrders = (int)ProductSort.Name + 1;

    private readonly IndexedProduct[] _products;
    private readonly Dictionary<int, int> _positions;
    private readonly int[][] _orders;
    private readonly int[][] _ranks;
    private readonly int[][] _valueIds;
    private readonly (int AttributeId, string Value)[] _values;
    private readonly Dictionary<(int, string), int> _valueIdByPair;
    private readonly int[] _allCounts;

    public IndexedCatalog(IndexedProduct[] products)
    {
        _products = products;
        _positions = new Dictionary<int, int>(products.Length);
        for (var i = 0; i < products.Length; i++)
        {
            _positions[products[i].Id] = i;
        }

        _orders = new int[SortOrders][];
        _ranks = new int[SortOrders][];
        Sort(ProductSort.Newest, (a, b) => b.CreatedUtc.CompareTo(a.CreatedUtc) is var c and not 0 ? c : b.Id.CompareTo(a.Id));
        Sort(ProductSort.PriceAscending, (a, b) => a.Price.CompareTo(b.Price) is var c and not 0 ? c : a.Id.CompareTo(b.Id));
        Sort(ProductSort.PriceDescending, (a, b) => b.Price.CompareTo(a.Price) is var c and not 0 ? c : a.Id.CompareTo(b.Id));
        Sort(ProductSort.Name, (a, b) => string.CompareOrdinal(a.SearchName, b.SearchName) is var c and not 0 ? c : a.Id.CompareTo(b.Id));

        // Attribute values become small integers, so counting them is an array increment.
        _valueIdByPair = [];
        var values = new List<(int, string)>();
        _valueIds = new int[products.Length][];
        for (var i = 0; i < products.Length; i++)
        {
            var ids = new int[products[i].Values.Length];
            for (var v = 0; v < ids.Length; v++)
            {
                var pair = products[i].Values[v];
                if (!_valueIdByPair.TryGetValue(pair, out ids[v]))
                {
                    ids[v] = _valueIdByPair[pair] = values.Count;
                    values.Add(pair);
                }
            }

            _valueIds[i] = ids;
        }

        _values = [.. values];
        _allCounts = new int[_values.Length];
        foreach (var ids in _valueIds)
        {
            foreach (var id in ids)
            {
                _allCounts[id]++;
            }
        }
    }

    // Same shape (orders, values) with some entries swapped for ones that differ only in stock.
    private IndexedCatalog(IndexedCatalog shape, IndexedProduct[] products)
    {
        _products = products;
        _positions = shape._positions;
        _orders = shape._orders;
        _ranks = shape._ranks;
        _valueIds = shape._valueIds;
        _values = shape._values;
        _valueIdByPair = shape._valueIdByPair;
        _allCounts = shape._allCounts;
    }

    public static IndexedCatalog Empty { get; } = new([]);

    public int Count => _products.Length;

    /// <summary>
    /// The catalog after <paramref name="changedIds"/> changed; <paramref name="published"/> holds those of
    /// them that are published now (the rest left the list). A stock-only change (every order) swaps entries
    /// in O(n) copies; anything else rebuilds the sort orders.
    /// </summary>
    public IndexedCatalog With(IReadOnlySet<int> changedIds, IReadOnlyDictionary<int, IndexedProduct> published)
    {
        var stockOnly = changedIds.All(id => _positions.TryGetValue(id, out var position)
            ? published.TryGetValue(id, out var now) && now.SameShapeAs(_products[position])
            : !published.ContainsKey(id));
        if (stockOnly)
        {
            var products = (IndexedProduct[])_products.Clone();
            foreach (var product in published.Values)
            {
                products[_positions[product.Id]] = product;
            }

            return new IndexedCatalog(this, products);
        }

        return new IndexedCatalog([.. _products.Where(p => !changedIds.Contains(p.Id)).Concat(published.Values).OrderBy(p => p.Id)]);
    }

    public IndexResult Find(IndexQuery query, ProductSort sort, int skip, int take)
    {
        if (sort == ProductSort.Relevance && query.Words.Count == 0)
        {
            sort = ProductSort.Newest;
        }

        if (query.IsEmpty)
        {
            var order = _orders[(int)sort];
            var page = order.Skip(skip).Take(take).Select(p => _products[p].Id).ToList();
            return new IndexResult(_products.Length, page, Counts(_allCounts));
        }

        var filters = query.Attributes.Select(a => (AttributeId: a.Key, Accepted: (IReadOnlySet<int>)a.Value
            .Select(v => _valueIdByPair.TryGetValue((a.Key, v), out var id) ? id : -1).Where(id => id >= 0).ToHashSet())).ToArray();
        var counts = new int[_values.Length];
        var matches = new List<int>();
        for (var position = 0; position < _products.Length; position++)
        {
            var product = _products[position];
            if (!Matches(product, query))
            {
                continue;
            }

            // Counts for a selected attribute ignore its own selection: a product that fails only that
            // filter still counts for that attribute's values (it is what choosing them would add).
            var failed = -1;
            var failures = 0;
            for (var f = 0; f < filters.Length && failures < 2; f++)
            {
                if (!AnyOf(_valueIds[position], filters[f].Accepted))
                {
                    failed = f;
                    failures++;
                }
            }

            if (failures == 0)
            {
                matches.Add(position);
                foreach (var id in _valueIds[position])
                {
                    counts[id]++;
                }
            }
            else if (failures == 1)
            {
                foreach (var id in _valueIds[position])
                {
                    if (_values[id].AttributeId == filters[failed].AttributeId)
                    {
                        counts[id]++;
                    }
                }
            }
        }

        var pageIds = skip >= matches.Count ? [] : TopPage(matches, sort, query, skip, take);
        return new IndexResult(matches.Count, pageIds, Counts(counts));
    }

    private static bool Matches(IndexedProduct product, IndexQuery query)
    {
        if ((query.MinPrice is { } min && product.Price < min)
            || (query.MaxPrice is { } max && product.Price > max)
            || (query.InStockOnly && product.Stock <= 0))
        {
            return false;
        }

        if (query.CategoryIds is { } categories && !AnyOf(product.CategoryIds, categories))
        {
            return false;
        }

        // Substring match on the folded name: "%", "_" and quotes are plain text, and scripts without
        // spaces between words (Chinese, Japanese) still match inside a name.
        foreach (var word in query.Words)
        {
            if (!product.SearchName.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // The page is the [skip, skip + take) slice of the matches in sort order: only the first skip + take
    // are ever ordered, with a bounded heap, so a broad search does not sort every match.
    private List<int> TopPage(List<int> matches, ProductSort sort, IndexQuery query, int skip, int take)
    {
        var keep = skip + take;
        var heap = new PriorityQueue<int, long>(keep + 1, Comparer<long>.Create((a, b) => b.CompareTo(a)));
        foreach (var position in matches)
        {
            var key = Key(position, sort, query);
            if (heap.Count < keep)
            {
                heap.Enqueue(position, key);
            }
            else if (heap.TryPeek(out _, out var worst) && key < worst)
            {
                heap.EnqueueDequeue(position, key);
            }
        }

        var kept = new int[heap.Count];
        for (var i = kept.Length - 1; i >= 0; i--)
        {
            kept[i] = heap.Dequeue();
        }

        return kept.Skip(skip).Select(p => _products[p].Id).ToList();
    }

    // Keys are unique (ranks are a permutation), so the order is total and pages never overlap.
    private long Key(int position, ProductSort sort, IndexQuery query)
    {
        if (sort != ProductSort.Relevance)
        {
            return _ranks[(int)sort][position];
        }

        var name = _products[position].SearchName;
        var score = (name == query.Phrase ? 100 : 0) + (name.StartsWith(query.Phrase, StringComparison.Ordinal) ? 20 : 0);
        for (var w = 0; w < query.Words.Count; w++)
        {
            var word = query.Words[w];
            if (name.StartsWith(word, StringComparison.Ordinal) || name.Contains(query.WordStarts[w], StringComparison.Ordinal))
            {
                score += 5;
            }
        }

        // Ties by name, then id: the name order's rank.
        return ((long)(MaxScore - score) << 32) | (uint)_ranks[(int)ProductSort.Name][position];
    }

    private static bool AnyOf(int[] ids, IReadOnlySet<int> accepted)
    {
        foreach (var id in ids)
        {
            if (accepted.Contains(id))
            {
                return true;
            }
        }

        return false;
    }

    private List<(int AttributeId, string Value, int Count)> Counts(int[] counts)
    {
        var list = new List<(int, string, int)>();
        for (var id = 0; id < counts.Length; id++)
        {
            if (counts[id] > 0)
            {
                list.Add((_values[id].AttributeId, _values[id].Value, counts[id]));
            }
        }

        return list;
    }

    private void Sort(ProductSort sort, Comparison<IndexedProduct> comparison)
    {
        var order = new int[_products.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => comparison(_products[a], _products[b]));
        var ranks = new int[order.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            ranks[order[rank]] = rank;
        }

        _orders[(int)sort] = order;
        _ranks[(int)sort] = ranks;
    }
}
