namespace Store.Catalog.Search;

public enum ProductSort
{
    Relevance,
    PriceAscending,
    PriceDescending,
    Newest,
    Name,
}
