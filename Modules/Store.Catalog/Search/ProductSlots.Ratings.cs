namespace Store.Catalog.Search;

/// <summary>Ratings (kept by another module through <see cref="Contracts.IProductRatings"/>), read from the loaded entries.</summary>
internal sealed partial class ProductSlots
{
    // Read only when a list filters or sorts by rating, so the plain list's scan never touches the entries.
    public int RatingOf(int slot) => Products[slot].RatingHundredths;

    private int CompareRatings(int a, int b)
    {
        var (x, y) = (Products[a], Products[b]);
        return y.RatingHundredths.CompareTo(x.RatingHundredths) is var c and not 0 ? c : y.RatingCount.CompareTo(x.RatingCount);
    }
}
