using System.Buffers;
using System.Runtime.CompilerServices;

namespace Store.Catalog.Search;

/// <summary>
/// Every published product's list data in memory, with each sort order kept ready, so a list request is
/// one pass over plain arrays (filters, text, attribute counts together) plus a walk along an order for
/// the page; nothing in it asks the database. Immutable: <see cref="ProductIndex"/> makes a new one when
/// products change, while requests keep reading the one they started with.
/// </summary>
/// <remarks>
/// A change that only moves stock (every order) copies the one stock chunk it touches. Any other change
/// retires the product's slot, appends a new one and merges it into each order at its place (binary
/// search, one copy of the order): no re-sort. Retired slots are skipped until they are a quarter of the
/// slots, and then the catalog is built afresh.
/// </remarks>
internal sealed partial class IndexedCatalog
{
    // The best relevance score: whole name, name start, and eight words each starting a word of the name (see Score).
    private const int MaxScore = 100 + 20 + ((5 + 2) * 8);
    private const int SortOrders = (int)ProductSort.Rating + 1;
    private const int MinRetiredForRebuild = 1_024;

    private readonly ProductSlots _slots;
    private readonly ChunkedColumn<bool> _alive;
    private readonly ChunkedColumn<int> _stocks;
    private readonly int[][] _orders;
    private readonly AttributeValueIds _values;
    private readonly int[] _allCounts;
    private readonly int _maxCategoryId;
    private readonly int _retired;

    // Product id to its live slot. Read and written only by the one writer building the next catalog
    // (list requests never look at it), so the catalogs share one map instead of copying it per change.
    private readonly Dictionary<int, int> _slotById;

    public static IndexedCatalog Empty { get; } = new([]);

    /// <summary>How many products are listed.</summary>
    public int Count => _orders[0].Length;

    /// <summary>A listed product's name in <paramref name="culture"/>, when it is translated.</summary>
    public string? NameIn(int productId, string culture) =>
        _slotById.TryGetValue(productId, out var slot) && slot < _slots.Count ? _slots.Products[slot].NameIn(culture) : null;

    // The scans run once per list request over every product: compiled fully optimized at once rather
    // than left to tiered compilation, which in a busy web host was seen to keep them slow for hundreds of requests.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IndexResult Find(IndexQuery query, ProductSort sort, int skip, int take)
    {
        if (sort == ProductSort.Relevance && query.Words.Count == 0)
        {
            sort = ProductSort.Newest;
        }

        // The kept orders answer an unfiltered list, except a price sort among prices fixed in the shopper's currency.
        if (query.IsEmpty && !(query.Shown?.Places is not null && sort is ProductSort.PriceAscending or ProductSort.PriceDescending))
        {
            var page = _orders[(int)sort].Skip(skip).Take(take).Select(slot => _slots.Ids[slot]).ToList();
            return new IndexResult(Count, page, Counts(_allCounts));
        }

        // Sets as flags indexed by id: a lookup per product has to be an array read, not a hash.
        var filters = query.Attributes.Select(a => (AttributeId: a.Key, Accepted: Flags(
            _values.Count, a.Value.Select(v => _values.TryGetId((a.Key, v), out var id) ? id : -1)))).ToArray();
        var categories = query.CategoryIds is null ? null : Flags(_maxCategoryId + 1, query.CategoryIds);
        var min = query.MinPrice ?? long.MinValue;
        var max = query.MaxPrice ?? long.MaxValue;
        var shown = query.Shown?.Prices;
        var (shownMin, shownMax) = (query.Shown?.Min ?? long.MinValue, query.Shown?.Max ?? long.MaxValue);
        var inStockOnly = query.InStockOnly;
        var minRating = query.MinRatingHundredths;
        var words = query.Words;
        var counts = new int[_values.Count];

        // Pooled: a broad filter matches most of the catalog, and a fresh array that size per request would
        // land on the large-object heap, which only full collections reclaim.
        var matches = ArrayPool<int>.Shared.Rent(_slots.Count);
        var matched = 0;

        // Without words every product is looked at; with words, only the names and descriptions holding the
        // longest word, found by vectorized substring scans of all names (and all description words) laid end
        // to end ("%", "_" and quotes are plain text, and scripts without spaces between words, such as
        // Chinese, still match inside a name). A word that names a category can match products whose text
        // lacks it, so then every product is looked at.
        var stems = query.Stems;
        var stemStarts = query.StemStarts();
        var wordCategories = query.WordCategories.Select(c => c is { Count: > 0 } ? Flags(_maxCategoryId + 1, c) : null).ToArray();
        if (words.Count == 0 || wordCategories.Any(c => c is not null))
        {
            for (var position = 0; position < _slots.Count; position++)
            {
                Consider(position);
            }
        }
        else
        {
            var needle = query.Needles().MaxBy(w => w.Length)!;
            var inNames = Scan(_slots.Names, _slots.NameStarts, _slots.NamesEnd, needle);
            var inWords = Scan(_slots.Words, _slots.WordStarts, _slots.WordsEnd, " " + needle);
            var (n, d) = (0, 0);
            while (n < inNames.Count || d < inWords.Count)
            {
                var position = d == inWords.Count || (n < inNames.Count && inNames[n] <= inWords[d]) ? inNames[n] : inWords[d];
                Consider(position);
                n += n < inNames.Count && inNames[n] == position ? 1 : 0;
                d += d < inWords.Count && inWords[d] == position ? 1 : 0;
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
            if (!_alive[position])
            {
                return;
            }

            var price = _slots.Prices[position];
            if (shown is not null && shown.TryGetValue(_slots.Ids[position], out var fixedPrice))
            {
                if (fixedPrice < shownMin || fixedPrice > shownMax)
                {
                    return;
                }
            }
            else if (price < min || price > max)
            {
                return;
            }

            if (inStockOnly && _stocks[position] <= 0)
            {
                return;
            }

            if (minRating > 0 && _slots.Ratings[position] < minRating)
            {
                return;
            }

            if (categories is not null && !AnyOf(_slots.CategoriesOf(position), categories))
            {
                return;
            }

            if (words.Count > 0)
            {
                var name = _slots.Name(position);
                var description = _slots.WordsOf(position);
                for (var w = 0; w < words.Count; w++)
                {
                    if (!name.Contains(stems[w], StringComparison.Ordinal)
                        && !name.Contains(words[w], StringComparison.Ordinal)
                        && !description.Contains(stemStarts[w], StringComparison.Ordinal)
                        && (wordCategories.Length <= w || wordCategories[w] is not { } named || !AnyOf(_slots.CategoriesOf(position), named)))
                    {
                        return;
                    }
                }
            }

            // Counts for a selected attribute ignore its own selection: a product that fails only that
            // filter still counts for that attribute's values (it is what choosing them would add).
            var values = _slots.ValuesOf(position);
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
                    if (_values.Pairs[id].AttributeId == filters[failed].AttributeId)
                    {
                        counts[id]++;
                    }
                }
            }
        }
    }

    // The page is the [skip, skip + take) slice of the matches in sort order. Every order is computed once
    // per catalog, so the page is a walk along it that picks out matches and stops when the page is full;
    // relevance walks the name order once per score tier, best tier first (tiers are few). No per-request
    // sort, and the cost does not depend on the order the matches were found in.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<int> Page(ReadOnlySpan<int> matches, ProductSort sort, IndexQuery query, int skip, int take)
    {
        if (query.Shown is { Places: { } places } shown && sort is ProductSort.PriceAscending or ProductSort.PriceDescending)
        {
            return PageByShownPrice(matches, sort == ProductSort.PriceDescending, shown, places, skip, take);
        }

        var relevance = sort == ProductSort.Relevance;
        var stemStarts = query.StemStarts();
        var order = _orders[(int)(relevance ? ProductSort.Name : sort)];
        var tiers = new int[MaxScore + 2];
        var scores = ArrayPool<int>.Shared.Rent(_slots.Count);
        try
        {
            Array.Clear(scores, 0, _slots.Count);
            foreach (var position in matches)
            {
                var tier = relevance ? 1 + Score(position, query, stemStarts) : 1;
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
                        page.Add(_slots.Ids[position]);
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
                list.Add((_values.Pairs[id].AttributeId, _values.Pairs[id].Value, counts[id]));
            }
        }

        return list;
    }
}
