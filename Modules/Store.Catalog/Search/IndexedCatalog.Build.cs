namespace Store.Catalog.Search;

/// <summary>How a catalog is built, and how it becomes the next one when products change (lists read it in IndexedCatalog.cs).</summary>
internal sealed partial class IndexedCatalog
{
    public IndexedCatalog(IReadOnlyList<IndexedProduct> products)
    {
        _values = AttributeValueIds.Empty.With(products);
        _slots = ProductSlots.Empty.Append(products, _values);
        _alive = ChunkedColumn<bool>.From(Enumerable.Repeat(true, products.Count).ToArray());
        _stocks = ChunkedColumn<int>.From(products.Select(p => p.Stock).ToArray());
        _slotById = new Dictionary<int, int>(products.Count);
        for (var slot = 0; slot < products.Count; slot++)
        {
            _slotById[products[slot].Id] = slot;
        }

        _orders = new int[SortOrders][];
        for (var sort = 0; sort < SortOrders; sort++)
        {
            var order = Enumerable.Range(0, products.Count).ToArray();
            var by = (ProductSort)sort;
            Array.Sort(order, (a, b) => _slots.Compare(by, a, b));
            _orders[sort] = order;
        }

        _allCounts = new int[_values.Count];
        foreach (var id in _slots.ValueIds.AsSpan(0, _slots.ValueStarts[_slots.Count]))
        {
            _allCounts[id]++;
        }

        _maxCategoryId = products.SelectMany(p => p.CategoryIds).DefaultIfEmpty(0).Max();
    }

    private IndexedCatalog(IndexedCatalog from, ProductSlots slots, ChunkedColumn<bool> alive, ChunkedColumn<int> stocks, int[][] orders, AttributeValueIds values, int[] allCounts, int maxCategoryId, int retired)
    {
        _slotById = from._slotById;
        _slots = slots;

        // Same slots (only stock moved): the same words, so the typo vocabulary and the suggestions carry over.
        if (ReferenceEquals(slots, from._slots))
        {
            _vocabulary = from._vocabulary;
            _suggestions = from._suggestions;
        }

        _alive = alive;
        _stocks = stocks;
        _orders = orders;
        _values = values;
        _allCounts = allCounts;
        _maxCategoryId = maxCategoryId;
        _retired = retired;
    }

    /// <summary>
    /// The catalog after <paramref name="changedIds"/> changed; <paramref name="published"/> holds those of
    /// them that are published now (the rest left the list).
    /// </summary>
    public IndexedCatalog With(IReadOnlySet<int> changedIds, IReadOnlyDictionary<int, IndexedProduct> published)
    {
        var stockChanges = new List<(int, int)>();
        var retiring = new List<int>();
        var added = new List<IndexedProduct>();
        foreach (var id in changedIds)
        {
            var had = _slotById.TryGetValue(id, out var slot);
            var has = published.TryGetValue(id, out var entry);
            if (had && has && entry!.SameShapeAs(_slots.Products[slot]))
            {
                stockChanges.Add((slot, entry.Stock));
                continue;
            }

            if (had)
            {
                retiring.Add(slot);
            }

            if (has)
            {
                added.Add(entry!);
            }
        }

        var stocks = _stocks.With(stockChanges, _slots.Count);
        if (retiring.Count == 0 && added.Count == 0)
        {
            return new IndexedCatalog(this, _slots, _alive, stocks, _orders, _values, _allCounts, _maxCategoryId, _retired);
        }

        var retired = _retired + retiring.Count;
        if (retired >= MinRetiredForRebuild && retired * 4 >= _slots.Count + added.Count)
        {
            var retiringSet = retiring.ToHashSet();
            return new IndexedCatalog([.. Enumerable.Range(0, _slots.Count)
                .Where(slot => _alive[slot] && !retiringSet.Contains(slot))
                .Select(slot => _slots.Products[slot] with { Stock = stocks[slot] })
                .Concat(added)]);
        }

        var values = _values.With(added);
        var slots = _slots.Append(added, values);
        var alive = _alive.With(retiring.Select(slot => (slot, false)).Concat(Enumerable.Range(_slots.Count, added.Count).Select(slot => (slot, true))), slots.Count);
        stocks = stocks.With(added.Select((entry, i) => (_slots.Count + i, entry.Stock)), slots.Count);
        var allCounts = new int[values.Count];
        Array.Copy(_allCounts, allCounts, _allCounts.Length);
        foreach (var slot in retiring)
        {
            foreach (var id in _slots.ValuesOf(slot))
            {
                allCounts[id]--;
            }
        }

        for (var slot = _slots.Count; slot < slots.Count; slot++)
        {
            foreach (var id in slots.ValuesOf(slot))
            {
                allCounts[id]++;
            }
        }

        var orders = new int[SortOrders][];
        for (var sort = 0; sort < SortOrders; sort++)
        {
            orders[sort] = Merge(_orders[sort], alive, slots, (ProductSort)sort, _slots.Count);
        }

        // Last, once nothing can fail: the shared map moves to the new slots.
        foreach (var slot in retiring)
        {
            _slotById.Remove(_slots.Ids[slot]);
        }

        for (var slot = _slots.Count; slot < slots.Count; slot++)
        {
            _slotById[slots.Ids[slot]] = slot;
        }

        var maxCategoryId = Math.Max(_maxCategoryId, added.SelectMany(p => p.CategoryIds).DefaultIfEmpty(0).Max());
        return new IndexedCatalog(this, slots, alive, stocks, orders, values, allCounts, maxCategoryId, retired);
    }

    // The old order without retired slots, with the new slots (from firstNew on) inserted where they belong.
    private static int[] Merge(int[] order, ChunkedColumn<bool> alive, ProductSlots slots, ProductSort sort, int firstNew)
    {
        var added = Enumerable.Range(firstNew, slots.Count - firstNew).ToArray();
        Array.Sort(added, (a, b) => slots.Compare(sort, a, b));
        var places = added.Select(slot => LowerBound(order, slot, slots, sort)).ToArray();
        var merged = new List<int>(order.Length + added.Length);
        var next = 0;
        for (var i = 0; i < order.Length; i++)
        {
            while (next < added.Length && places[next] == i)
            {
                merged.Add(added[next++]);
            }

            if (alive[order[i]])
            {
                merged.Add(order[i]);
            }
        }

        while (next < added.Length)
        {
            merged.Add(added[next++]);
        }

        return [.. merged];
    }

    // The first place in the order whose slot sorts after the given one (retired slots keep their data,
    // so the order is still sorted through them).
    private static int LowerBound(int[] order, int slot, ProductSlots slots, ProductSort sort)
    {
        var (low, high) = (0, order.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (slots.Compare(sort, order[middle], slot) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
