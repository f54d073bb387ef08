namespace Store.Catalog.Search;

/// <summary>
/// What the product index keeps of one published product: only what lists filter, sort, search and count by
/// (<see cref="SearchText.DescriptionWords"/>,
/// which also hold the words of its translated names and descriptions), and its translated names, so lists in another
/// culture read no translation from the database. <see cref="Price"/> is the lowest a shopper pays now: the cheapest
/// variant less the automatic promotion running (<see cref="Contracts.ISalePrices"/>), as the card shows it.
/// </summary>
internal sealed record IndexedProduct(
    int Id,
    string SearchName,
    long Price,
    int Stock,
    DateTime CreatedUtc,
    int[] CategoryIds,
    (int AttributeId, string Value)[] Values,
    string DescriptionWords = "",
    int RatingCount = 0,
    int RatingHundredths = 0,
    IReadOnlyList<(string Culture, string Name)>? Names = null)
{
    /// <summary>The name in <paramref name="culture"/>, when translated (lists show it; the card's own name is the default culture's).</summary>
    public string? NameIn(string culture)
    {
        foreach (var (c, name) in Names ?? [])
        {
            if (c == culture)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>True when only the stock differs: the index can swap the entry without re-sorting anything.</summary>
    public bool SameShapeAs(IndexedProduct other) =>
        Id == other.Id
        && string.Equals(SearchName, other.SearchName, StringComparison.Ordinal)
        && string.Equals(DescriptionWords, other.DescriptionWords, StringComparison.Ordinal)
        && Price == other.Price
        && (Names ?? []).SequenceEqual(other.Names ?? [])
        && RatingCount == other.RatingCount
        && RatingHundredths == other.RatingHundredths
        && CreatedUtc == other.CreatedUtc
        && CategoryIds.AsSpan().SequenceEqual(other.CategoryIds)
        && Values.AsSpan().SequenceEqual(other.Values);
}
