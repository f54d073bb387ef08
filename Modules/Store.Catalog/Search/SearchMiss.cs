namespace Store.Catalog.Search;

/// <summary>Why a list came back empty, so the page can say so instead of blaming the spelling.</summary>
public enum SearchMiss
{
    /// <summary>Something was found, or nothing was asked.</summary>
    None,

    /// <summary>No product holds the words, whatever the filters.</summary>
    Words,

    /// <summary>Products hold the words (or there are none), but not with these filters.</summary>
    Filters,
}
