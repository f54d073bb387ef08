namespace Store.Catalog.Search;

/// <summary>
/// The index's columns, one slot per indexed version of a product, laid out flat so a list request reads
/// arrays front to back instead of chasing 100,000 objects around the heap: names end to end (each ends
/// with a line break, which no search word contains), categories and attribute value ids as runs.
/// </summary>
/// <remarks>
/// Append-only: a view covers slots [0, Count). Appending writes after Count into the same arrays when
/// they have room (no reader of this view ever looks there) or into grown copies, and returns a new view,
/// so requests reading the old view are never disturbed. Only one writer appends at a time (ProductIndex).
/// </remarks>
internal sealed class ProductSlots
{
    private ProductSlots(int count, IndexedProduct[] products, int[] ids, long[] prices, long[] created, int[] ratings, char[] names, int[] nameStarts, char[] words, int[] wordStarts, int[] categoryStarts, int[] categories, int[] valueStarts, int[] valueIds)
    {
        Count = count;
        Products = products;
        Ids = ids;
        Prices = prices;
        Created = created;
        Ratings = ratings;
        Names = names;
        NameStarts = nameStarts;
        Words = words;
        WordStarts = wordStarts;
        CategoryStarts = categoryStarts;
        Categories = categories;
        ValueStarts = valueStarts;
        ValueIds = valueIds;
    }

    public static ProductSlots Empty { get; } = new(0, [], [], [], [], [], [], [0], [], [0], [0], [], [0], []);

    public int Count { get; }

    /// <summary>The entries as loaded (their stock may be stale: the catalog keeps stock apart).</summary>
    public IndexedProduct[] Products { get; }

    public int[] Ids { get; }

    public long[] Prices { get; }

    /// <summary>Creation times in ticks.</summary>
    public long[] Created { get; }

    /// <summary>Average ratings in hundredths of a star (0: not rated), a column so "4 stars and up" reads an array, not 100,000 entries.</summary>
    public int[] Ratings { get; }

    public char[] Names { get; }

    /// <summary>Where each slot's name starts in <see cref="Names"/>; the entry at Count is where the names end.</summary>
    public int[] NameStarts { get; }

    /// <summary>Each slot's description words (" word word ", or nothing), end to end like the names.</summary>
    public char[] Words { get; }

    /// <summary>Where each slot's words start in <see cref="Words"/>; the entry at Count is where they end.</summary>
    public int[] WordStarts { get; }

    public int WordsEnd => WordStarts[Count];

    public int[] CategoryStarts { get; }

    public int[] Categories { get; }

    public int[] ValueStarts { get; }

    public int[] ValueIds { get; }

    public int NamesEnd => NameStarts[Count];

    public ReadOnlySpan<char> Name(int slot) => Names.AsSpan(NameStarts[slot], NameStarts[slot + 1] - NameStarts[slot] - 1);

    public ReadOnlySpan<char> WordsOf(int slot) => Words.AsSpan(WordStarts[slot], WordStarts[slot + 1] - WordStarts[slot]);

    public ReadOnlySpan<int> CategoriesOf(int slot) => Categories.AsSpan(CategoryStarts[slot], CategoryStarts[slot + 1] - CategoryStarts[slot]);

    public ReadOnlySpan<int> ValuesOf(int slot) => ValueIds.AsSpan(ValueStarts[slot], ValueStarts[slot + 1] - ValueStarts[slot]);

    public ProductSlots Append(IReadOnlyList<IndexedProduct> entries, AttributeValueIds values)
    {
        var count = Count + entries.Count;
        var products = Room(Products, Count, count);
        var ids = Room(Ids, Count, count);
        var prices = Room(Prices, Count, count);
        var created = Room(Created, Count, count);
        var ratings = Room(Ratings, Count, count);
        var nameStarts = Room(NameStarts, Count + 1, count + 1);
        var names = Room(Names, NamesEnd, NamesEnd + entries.Sum(e => e.SearchName.Length + 1));
        var wordStarts = Room(WordStarts, Count + 1, count + 1);
        var words = Room(Words, WordsEnd, WordsEnd + entries.Sum(e => e.DescriptionWords.Length));
        var categoryStarts = Room(CategoryStarts, Count + 1, count + 1);
        var categories = Room(Categories, CategoryStarts[Count], CategoryStarts[Count] + entries.Sum(e => e.CategoryIds.Length));
        var valueStarts = Room(ValueStarts, Count + 1, count + 1);
        var valueIds = Room(ValueIds, ValueStarts[Count], ValueStarts[Count] + entries.Sum(e => e.Values.Length));
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var slot = Count + i;
            products[slot] = entry;
            ids[slot] = entry.Id;
            prices[slot] = entry.Price;
            created[slot] = entry.CreatedUtc.Ticks;
            ratings[slot] = entry.RatingHundredths;

            var name = nameStarts[slot];
            entry.SearchName.CopyTo(names.AsSpan(name));
            names[name + entry.SearchName.Length] = '\n';
            nameStarts[slot + 1] = name + entry.SearchName.Length + 1;

            entry.DescriptionWords.CopyTo(words.AsSpan(wordStarts[slot]));
            wordStarts[slot + 1] = wordStarts[slot] + entry.DescriptionWords.Length;

            entry.CategoryIds.CopyTo(categories, categoryStarts[slot]);
            categoryStarts[slot + 1] = categoryStarts[slot] + entry.CategoryIds.Length;

            var value = valueStarts[slot];
            foreach (var pair in entry.Values)
            {
                valueIds[value++] = values.IdOf(pair);
            }

            valueStarts[slot + 1] = value;
        }

        return new ProductSlots(count, products, ids, prices, created, ratings, names, nameStarts, words, wordStarts, categoryStarts, categories, valueStarts, valueIds);
    }

    /// <summary>Orders two slots for <paramref name="sort"/>; never 0 for different slots of different products (the id breaks ties).</summary>
    public int Compare(ProductSort sort, int a, int b) => sort switch
    {
        ProductSort.PriceAscending => Prices[a].CompareTo(Prices[b]) is var c and not 0 ? c : Ids[a].CompareTo(Ids[b]),
        ProductSort.PriceDescending => Prices[b].CompareTo(Prices[a]) is var c and not 0 ? c : Ids[a].CompareTo(Ids[b]),
        ProductSort.Name => Name(a).SequenceCompareTo(Name(b)) is var c and not 0 ? c : Ids[a].CompareTo(Ids[b]),
        ProductSort.Rating => Ratings[b].CompareTo(Ratings[a]) is var c and not 0 ? c
            : Products[b].RatingCount.CompareTo(Products[a].RatingCount) is var d and not 0 ? d : Ids[a].CompareTo(Ids[b]),
        _ => Created[b].CompareTo(Created[a]) is var c and not 0 ? c : Ids[b].CompareTo(Ids[a]),
    };

    private static T[] Room<T>(T[] array, int used, int needed)
    {
        if (needed <= array.Length)
        {
            return array;
        }

        var grown = new T[Math.Max(needed, (array.Length * 2) + 16)];
        Array.Copy(array, grown, used);
        return grown;
    }
}
