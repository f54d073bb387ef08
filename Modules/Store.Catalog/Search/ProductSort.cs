namespace Store.Catalog.Search;

public enum ProductSort
{
    Relevance,
    PriceAscending,
    PriceDescending,
    Newest,
    Name,

    /// <summary>Best average rating first, then most reviews; unrated products last.</summary>
    Rating,
}
