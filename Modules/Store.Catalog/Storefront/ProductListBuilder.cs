using Store.Catalog.Categories;
using Store.Catalog.Search;

namespace Store.Catalog.Storefront;

/// <summary>Turns a query and its result into the list page: page links, sort options and the URLs that keep every filter.</summary>
internal static class ProductListBuilder
{
    private static readonly (ProductSort Sort, string Label)[] SortLabels =
    [
        (ProductSort.Relevance, "Best match"),
        (ProductSort.Newest, "Newest"),
        (ProductSort.PriceAscending, "Price: low to high"),
        (ProductSort.PriceDescending, "Price: high to low"),
        (ProductSort.Name, "Name"),
    ];

    public static ProductListPage Build(ProductListPage page, ProductQuery query, ProductSearchResult result, string currency, CategoryTree? tree, bool categoryInPath)
    {
        var pageCount = result.PageCount(query.PageSize);
        string UrlFor(int number) => page.Path + ProductQueryParser.ToQueryString(query with { Page = number }, currency, includeCategory: !categoryInPath);
        var effective = query.EffectiveSort;
        return page with
        {
            Q = query.Text,
            MinPrice = Prices.Format(query.MinPrice, currency),
            MaxPrice = Prices.Format(query.MaxPrice, currency),
            InStock = query.InStockOnly,
            Products = result.Items,
            Facets = result.Facets,
            Total = result.Total,
            Page = query.Page,
            PageCount = pageCount,
            Pages = PageLinks(query.Page, pageCount, UrlFor),
            PreviousUrl = query.Page > 1 && query.Page <= pageCount ? UrlFor(query.Page - 1) : null,
            NextUrl = query.Page < pageCount ? UrlFor(query.Page + 1) : null,
            LastPageUrl = pageCount > 0 && query.Page > pageCount ? UrlFor(pageCount) : null,
            HasFilters = query.HasFilters,
            Sorts = SortLabels
                .Where(s => s.Sort != ProductSort.Relevance || !string.IsNullOrWhiteSpace(query.Text))
                .Select(s => new Option(ProductQueryParser.NameOf(s.Sort), s.Label, s.Sort == effective))
                .ToList(),
            Categories = categoryInPath || tree is null
                ? []
                : tree.Flatten().Select(n => new Option(n.Node.Slug, new string('\u00a0', n.Depth * 2) + n.Node.Name, n.Node.Slug == query.Category)).ToList(),
            Errors = result.Errors.SelectMany(e => e.Value).ToList(),
        };
    }

    /// <summary>First, last, and two either side of the current page, with gaps between.</summary>
    private static List<PageLink> PageLinks(int current, int count, Func<int, string> url)
    {
        var links = new List<PageLink>();
        var previous = 0;
        for (var n = 1; n <= count; n++)
        {
            if (n != 1 && n != count && Math.Abs(n - current) > 2)
            {
                continue;
            }

            if (previous != 0 && n - previous > 1)
            {
                links.Add(new PageLink(0, string.Empty, false, true));
            }

            links.Add(new PageLink(n, url(n), n == current, false));
            previous = n;
        }

        return links;
    }
}
