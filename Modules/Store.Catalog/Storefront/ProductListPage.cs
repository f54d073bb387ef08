using Store.Catalog.Contracts;
using Store.Catalog.Search;

namespace Store.Catalog.Storefront;

/// <summary>The product list (all products or one category) as its Liquid view reads it.</summary>
public sealed record ProductListPage
{
    public required string Title { get; init; }

    public required string Path { get; init; }

    /// <summary>The currency the prices and the price filter are in: the shopper's.</summary>
    public string Currency { get; init; } = "USD";

    public string? Intro { get; init; }

    public IReadOnlyList<Link> Breadcrumbs { get; init; } = [];

    /// <summary>The category's children as tiles, each with a picture from its products.</summary>
    public IReadOnlyList<ShowcaseCategory> Subcategories { get; init; } = [];

    /// <summary>The category filter's options; empty on a category page, whose path is the filter.</summary>
    public IReadOnlyList<Option> Categories { get; init; } = [];

    public IReadOnlyList<Option> Sorts { get; init; } = [];

    public string? Q { get; init; }

    public string? MinPrice { get; init; }

    public string? MaxPrice { get; init; }

    public bool InStock { get; init; }

    /// <summary>The "4 stars and up" filter is on.</summary>
    public bool FourStars { get; init; }

    public IReadOnlyList<ProductCard> Products { get; init; } = [];

    public IReadOnlyList<AttributeFacet> Facets { get; init; } = [];

    public int Total { get; init; }

    public int Page { get; init; }

    public int PageCount { get; init; }

    public IReadOnlyList<PageLink> Pages { get; init; } = [];

    public string? PreviousUrl { get; init; }

    public string? NextUrl { get; init; }

    /// <summary>Set when the page asked for is past the last one: the view links back to the last page.</summary>
    public string? LastPageUrl { get; init; }

    public bool HasFilters { get; init; }

    public string ClearUrl => Path;

    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Active filters, each with the link that drops it.</summary>
    public IReadOnlyList<FilterChip> Chips { get; init; } = [];

    /// <summary>Set when the typed words found nothing and these (one typo forgiven per word) were searched instead.</summary>
    public string? CorrectedQ { get; init; }

    public string? CorrectedUrl { get; init; }

    /// <summary>Why nothing was found: "words", "filters", or null.</summary>
    public string? Miss { get; init; }

    /// <summary>How many products the words find without the filters (when the filters caused the miss).</summary>
    public int WithoutFiltersTotal { get; init; }

    /// <summary>The same words on the whole shop, without any filter.</summary>
    public string WithoutFiltersUrl { get; init; } = "/products";
}
