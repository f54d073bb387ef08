using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Store.Catalog.Search;

/// <summary>
/// Every published product's list data in memory, with each sort order computed once, so a list request
/// is one pass over plain arrays (filters, text, attribute counts together) plus a top-k selection of the
/// page; nothing in it asks the database. Immutable: <see cref="ProductIndex"/> swaps in a new one when
/// products change, while requests keep reading the one they started with.
/// </summary>
internal sealed class IndexedCatalog
{
    // The best relevance score: whole name, name start, and eight words each starting a word (see Score).
    private const int MaxScore = 100 + 20 + (5 * 8);
    private const int SortOrders = (int)ProductSort.Name + 1;

    // The entries as given (kept for the next change), and the same data laid out flat for the scans:
    // a list request reads these arrays front to back instead of chasing 100,000 objects around the heap.
    private readonly IndexedProduct[] _products;
    private readonly Dictionary<int, int> _positions;
    private readonly int[] _ids;
    private readonly long[] _prices;
    private readonly int[] _stocks;
    private readonly string _names;
    private readonly int[] _nameStarts;
    private readonly int[] _categoryStarts;
    private readonly int[] _categories;
    private readonly int _maxCategoryId;
    private readonly int[] _valueStarts;
    private readonly int[] _valueIds;
    private readonly int[][] _orders;
    private readonly int[][] _ranks;
    private readonly (int AttributeId, string Value)[] _values;
    private readonly Dictionary<(int, string), int> _valueIdByPair;
    private readonly int[] _allCounts;

    public IndexedCatalog(IndexedProduct[] products)
    {
        var count = products.Length;
        _products = products;
        _positions = new Dictionary<int, int>(count);
        _ids = new int[count];
        _prices = new long[count];
        _stocks = new int[count];
        _nameStarts = new int[count + 1];
        _categoryStarts = new int[count + 1];
        _valueStarts = new int[count + 1];
        var names = new StringBuilder();
        var categories = new List<int>();
        var valueIds = new List<int>();

        // Attribute values become small integers, so counting them is an array increment.
        _valueIdByPair = [];
        var values = new List<(int, string)>();
        for (var i = 0; i < count; i++)
        {
            var product = products[i];
            _positions[product.Id] = i;
            _ids[i] = product.Id;
            _prices[i] = product.Price;
            _stocks[i] = product.Stock;

            // Names end with a line break, which a search word never contains: no match spans two names.
            _nameStarts[i] = names.Length;
            names.Append(product.SearchName).Append('\n');
            _categoryStarts[i] = categories.Count;
            categories.AddRange(product.CategoryIds);
            _valueStarts[i] = valueIds.Count;
            foreach (var pair in product.Values)
            {
                if (!_valueIdByPair.TryGetValue(pair, out var id))
                {
                    id = _valueIdByPair[pair] = values.Count;
                    values.Add(pair);
                }

                valueIds.Add(id);
            }
        }

        _nameStarts[count] = names.Length;
        _categoryStarts[count] = categories.Count;
        _valueStarts[count] = valueIds.Count;
        _names = names.ToString();
        _categories = [.. categories];
        _maxCategoryId = _categories.Length == 0 ? 0 : _categories.Max();
        _valueIds = [.. valueIds];
        _values = [.. values];
        _allCounts = new int[_values.Length];
        foreach (var id in _valueIds)
        {
            _allCounts[id]++;
        }

        _orders = new int[SortOrders][];
        _ranks = new int[SortOrders][];
        Sort(ProductSort.Newest, (a, b) => b.CreatedUtc.CompareTo(a.CreatedUtc) is var c and not 0 ? c : b.Id.CompareTo(a.Id));
        Sort(ProductSort.PriceAscending, (a, b) => a.Price.CompareTo(b.Price) is var c and not 0 ? c : a.Id.CompareTo(b.Id));
        Sort(ProductSort.PriceDescending, (a, b) => b.Price.CompareTo(a.Price) is var c and not 0 ? c : a.Id.CompareTo(b.Id));
        Sort(ProductSort.Name, (a, b) => string.CompareOrdinal(a.SearchName, b.SearchName) is var c and not 0 ? c : a.Id.CompareTo(b.Id));
    }

    // Same shape (orders, names, values) with new stock figures.
    private IndexedCatalog(IndexedCatalog shape, IndexedProduct[] products, int[] stocks)
    {
        _products = products;
        _stocks = stocks;
        _positions = shape._positions;
        _ids = shape._ids;
        _prices = shape._prices;
        _names = shape._names;
        _nameStarts = shape._nameStarts;
        _categoryStarts = shape._categoryStarts;
        _categories = shape._categories;
        _maxCategoryId = shape._maxCategoryId;
        _valueStarts = shape._valueStarts;
        _valueIds = shape._valueIds;
        _orders = shape._orders;
        _ranks = shape._ranks;
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
            var stocks = (int[])_stocks.Clone();
            foreach (var product in published.Values)
            {
                var position = _positions[product.Id];
                products[position] = product;
                stocks[position] = product.Stock;
            }

            return new IndexedCatalog(this, products, stocks);
        }

        return new IndexedCatalog([.. _products.Where(p => !changedIds.Contains(p.Id)).Concat(published.Values).OrderBy(p => p.Id)]);
    }

    // The scans run once per list request over every product: compiled fully optimized at once rather
    // than left to tiered compilation, which in a busy web host was seen to keep them slow for hundreds of requests.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IndexResult Find(IndexQuery query, ProductSort sort, int skip, int take)
    {
        if (sort == ProductSort.Relevance && query.Words.Count == 0)
        {
            sort = ProductSort.Newest;
        }

        if (query.IsEmpty)
        {
            var page = _orders[(int)sort].Skip(skip).Take(take).Select(p => _ids[p]).ToList();
            return new IndexResult(_ids.Length, page, Counts(_allCounts));
        }

        // Sets as flags indexed by id: a lookup per product has to be an array read, not a hash.
        var filters = query.Attributes.Select(a => (AttributeId: a.Key, Accepted: Flags(
            _values.Length, a.Value.Select(v => _valueIdByPair.TryGetValue((a.Key, v), out var id) ? id : -1)))).ToArray();
        var categories = query.CategoryIds is null ? null : Flags(_maxCategoryId + 1, query.CategoryIds);
        var min = query.MinPrice ?? long.MinValue;
        var max = query.MaxPrice ?? long.MaxValue;
        var inStockOnly = query.InStockOnly;
        var words = query.Words;
        var counts = new int[_values.Length];
        // Pooled: a broad filter matches most of the catalog, and a fresh array that size per request would
        // land on the large-object heap and bring on full collections (seen as 10-30 ms pauses at 100,000).
        var matches = ArrayPool<int>.Shared.Rent(_ids.Length);
        var matched = 0;

        // Without words every product is looked at; with words, only the names holding the longest word,
        // found by one vectorized substring scan of all names laid end to end ("%", "_" and quotes are plain
        // text, and scripts without spaces between words, such as Chinese, still match inside a name).
        if (words.Count == 0)
        {
            for (var position = 0; position < _ids.Length; position++)
            {
                Consider(position);
            }
        }
        else
        {
            var longest = words.MaxBy(w => w.Length)!;
            var from = 0;
            while (from < _names.Length)
            {
                var found = _names.AsSpan(from).IndexOf(longest, StringComparison.Ordinal);
                if (found < 0)
                {
                    break;
                }

                var position = Array.BinarySearch(_nameStarts, from + found);
                position = position >= 0 ? position : ~position - 1;
                Consider(position);
                from = _nameStarts[position + 1];
            }
        }

        try
        {
            var pageIds = skip >= matched ? [] : Page(matches.AsSpan(0, matched), sort, query, skip, take);
            return new IndexResult(matched, pageIds, Counts(counts));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(matches);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void Consider(int position)
        {
            var price = _prices[position];
            if (price < min || price > max || (inStockOnly && _stocks[position] <= 0))
            {
                return;
            }

            if (categories is not null && !AnyOf(_categories.AsSpan(_categoryStarts[position], _categoryStarts[position + 1] - _categoryStarts[position]), categories))
            {
                return;
            }

            if (words.Count > 0)
            {
                var name = Name(position);
                for (var w = 0; w < words.Count; w++)
                {
                    if (!name.Contains(words[w], StringComparison.Ordinal))
                    {
                        return;
                    }
                }
            }

            // Counts for a selected attribute ignore its own selection: a product that fails only that
            // filter still counts for that attribute's values (it is what choosing them would add).
            var values = _valueIds.AsSpan(_valueStarts[position], _valueStarts[position + 1] - _valueStarts[position]);
            var failed = -1;
            var failures = 0;
            for (var f = 0; f < filters.Length && failures < 2; f++)
            {
                if (!AnyOf(values, filters[f].Accepted))
                {
                    failed = f;
                    failures++;
                }
            }

            if (failures == 0)
            {
                matches[matched++] = position;
                foreach (var id in values)
                {
                    counts[id]++;
                }
            }
            else if (failures == 1)
            {
                foreach (var id in values)
                {
                    if (_values[id].AttributeId == filters[failed].AttributeId)
                    {
                        counts[id]++;
                    }
                }
            }
        }
    }

    private ReadOnlySpan<char> Name(int position) => _names.AsSpan(_nameStarts[position], _nameStarts[position + 1] - _nameStarts[position] - 1);

    // The page is the [skip, skip + take) slice of the matches in sort order. Every order is computed once
    // per catalog, so the page is a walk along it that picks out matches and stops when the page is full;
    // relevance walks the name order once per score tier, best tier first (tiers are few). No per-request
    // sort, and the cost does not depend on the order the matches were found in.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<int> Page(ReadOnlySpan<int> matches, ProductSort sort, IndexQuery query, int skip, int take)
    {
        var relevance = sort == ProductSort.Relevance;
        var order = _orders[(int)(relevance ? ProductSort.Name : sort)];
        var tiers = new int[MaxScore + 2];
        var scores = ArrayPool<int>.Shared.Rent(_ids.Length);
        try
        {
            Array.Clear(scores, 0, _ids.Length);
            foreach (var position in matches)
            {
                var tier = relevance ? 1 + Score(position, query) : 1;
                scores[position] = tier;
                tiers[tier]++;
            }

            var page = new List<int>(take);
            var seen = 0;
            for (var tier = tiers.Length - 1; tier >= 1 && page.Count < take; tier--)
            {
                if (seen + tiers[tier] <= skip)
                {
                    seen += tiers[tier];
                    continue;
                }

                foreach (var position in order)
                {
                    if (scores[position] == tier && seen++ >= skip)
                    {
                        page.Add(_ids[position]);
                        if (page.Count == take)
                        {
                            break;
                        }
                    }
                }
            }

            return page;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(scores);
        }
    }

    // Whole name (100), name starting with the search (20), each word starting a word of the name (5).
    private int Score(int position, IndexQuery query)
    {
        var name = Name(position);
        var score = (name.SequenceEqual(query.Phrase) ? 100 : 0) + (name.StartsWith(query.Phrase, StringComparison.Ordinal) ? 20 : 0);
        for (var w = 0; w < query.Words.Count; w++)
        {
            if (name.StartsWith(query.Words[w], StringComparison.Ordinal) || name.Contains(query.WordStarts[w], StringComparison.Ordinal))
            {
                score += 5;
            }
        }

        return score;
    }

    private static bool[] Flags(int size, IEnumerable<int> ids)
    {
        var flags = new bool[size];
        foreach (var id in ids)
        {
            if (id >= 0 && id < size)
            {
                flags[id] = true;
            }
        }

        return flags;
    }

    private static bool AnyOf(ReadOnlySpan<int> ids, bool[] accepted)
    {
        foreach (var id in ids)
        {
            if (accepted[id])
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
