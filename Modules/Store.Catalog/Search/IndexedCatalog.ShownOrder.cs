using System.Buffers;

namespace Store.Catalog.Search;

/// <summary>Sorting by price in a currency where some products have fixed prices (README, "Price lists").</summary>
internal sealed partial class IndexedCatalog
{
    // Converted prices keep the base order (a conversion never decreases as the base price grows), so the page is the
    // walk along the base price order with the matched products of fixed price left out, and each of those (few, in
    // shown-price order) put back before the first converted product that shows a higher price (a lower one, descending):
    // its place is a base price worked out beforehand, so the walk compares base prices only and converts nothing.
    // On equal shown prices the converted product comes first.
    private List<int> PageByShownPrice(ReadOnlySpan<int> matches, bool descending, ShownPriceFilter shown, IReadOnlyDictionary<int, (long Above, long AtLeast)> places, int skip, int take)
    {
        var order = _orders[(int)(descending ? ProductSort.PriceDescending : ProductSort.PriceAscending)];
        var fixedOnes = new List<(long Shown, long Place, int Id)>();
        var matched = ArrayPool<bool>.Shared.Rent(_slots.Count);
        try
        {
            Array.Clear(matched, 0, _slots.Count);
            foreach (var position in matches)
            {
                if (places.TryGetValue(_slots.Ids[position], out var place))
                {
                    fixedOnes.Add((shown.Prices[_slots.Ids[position]], descending ? place.AtLeast : place.Above, _slots.Ids[position]));
                }
                else
                {
                    matched[position] = true;
                }
            }

            // By shown price, ties by id as in every order; the places then follow the same order.
            fixedOnes.Sort((a, b) => (descending ? b.Shown.CompareTo(a.Shown) : a.Shown.CompareTo(b.Shown)) is var c and not 0 ? c : a.Id.CompareTo(b.Id));
            var page = new List<int>(take);
            var (seen, next) = (0, 0);
            void Add(int id)
            {
                if (seen++ >= skip)
                {
                    page.Add(id);
                }
            }

            foreach (var position in order)
            {
                if (page.Count >= take)
                {
                    break;
                }

                if (!matched[position])
                {
                    continue;
                }

                var price = _slots.Prices[position];
                while (next < fixedOnes.Count && page.Count < take && (descending ? price < fixedOnes[next].Place : price >= fixedOnes[next].Place))
                {
                    Add(fixedOnes[next++].Id);
                }

                if (page.Count < take)
                {
                    Add(_slots.Ids[position]);
                }
            }

            while (next < fixedOnes.Count && page.Count < take)
            {
                Add(fixedOnes[next++].Id);
            }

            return page;
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(matched);
        }
    }
}
