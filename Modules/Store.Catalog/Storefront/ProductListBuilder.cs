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
        (ProductSort.Rating, "Top rated"),
    ];

    public static ProductListPage Build(ProductListPage page, ProductQuery query, ProductSearchResult result, string currency, CategoryTree? tree, bool categoryInPath)
    {
        var pageCount = result.PageCount(query.PageSize);
        string UrlFor(int number) => page.Path + ProductQueryParser.ToQueryString(query with { Page = number }, currency, includeCategory: !categoryInPath);
        var effective = query.EffectiveSort;
        var defaultSort = (query with { Sort = null }).EffectiveSort;
        string Without(ProductQuery narrower) => page.Path + ProductQueryParser.ToQueryString(narrower with { Page = 1 }, currency, includeCategory: !categoryInPath);
        return page with
        {
            Q = query.Text,
            MinPrice = Prices.Format(query.MinPrice, currency),
            MaxPrice = Prices.Format(query.MaxPrice, currency),
            InStock = query.InStockOnly,
            FourStars = query.MinRating >= 4,
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
                // The default order posts no value, so a plain form submit leaves "sort" out of the URL.
                .Select(s => new Option(s.Sort == defaultSort ? string.Empty : ProductQueryParser.NameOf(s.Sort), s.Label, s.Sort == effective))
                .ToList(),
            Categories = categoryInPath || tree is null
                ? []
                : tree.Flatten().Select(n => new Option(n.Node.Slug, new string('\u00a0', n.Depth * 2) + n.Node.Name, n.Node.Slug == query.Category)).ToList(),
            Errors = result.Errors.SelectMany(e => e.Value).ToList(),
            Chips = Chips(query, currency, tree, categoryInPath, Without, slug => result.Facets.FirstOrDefault(f => f.Slug == slug)?.Name ?? Title(slug),
                (slug, value) => result.Facets.FirstOrDefault(f => f.Slug == slug)?.Values.FirstOrDefault(v => v.Value == value)?.Label ?? value),
            CorrectedQ = result.CorrectedText,
            CorrectedUrl = result.CorrectedText is { } corrected ? Without(query with { Text = corrected }) : null,
            Miss = result.Miss == SearchMiss.None ? null : result.Miss == SearchMiss.Words ? "words" : "filters",
            WithoutFiltersTotal = result.WithoutFiltersTotal,
            WithoutFiltersUrl = "/products" + ProductQueryParser.ToQueryString(new ProductQuery { Text = query.Text, Sort = query.Sort, PageSize = query.PageSize }, currency),
        };
    }

    // One chip per active filter (not the words, which stay in the search box), each linking to the list without it.
    private static List<FilterChip> Chips(ProductQuery query, string currency, CategoryTree? tree, bool categoryInPath, Func<ProductQuery, string> without, Func<string, string> nameOf, Func<string, string, string> labelOf)
    {
        var chips = new List<FilterChip>();
        if (!categoryInPath && query.Category is { } slug)
        {
            chips.Add(new FilterChip("Category", tree?.FindBySlug(slug)?.Name ?? slug, without(query with { Category = null })));
        }

        if (query.MinPrice is not null)
        {
            chips.Add(new FilterChip("Lowest price", Prices.Format(query.MinPrice, currency)!, without(query with { MinPrice = null })));
        }

        if (query.MaxPrice is not null)
        {
            chips.Add(new FilterChip("Highest price", Prices.Format(query.MaxPrice, currency)!, without(query with { MaxPrice = null })));
        }

        if (query.InStockOnly)
        {
            chips.Add(new FilterChip("Availability", "In stock only", without(query with { InStockOnly = false })));
        }

        if (query.MinRating is { } stars)
        {
            chips.Add(new FilterChip("Rating", stars + "+", without(query with { MinRating = null })));
        }

        foreach (var (filters, apply) in new (IReadOnlyDictionary<string, IReadOnlyList<string>>, Func<IReadOnlyDictionary<string, IReadOnlyList<string>>, ProductQuery>)[]
        {
            (query.Attributes, a => query with { Attributes = a }),
            (query.Options, o => query with { Options = o }),
        })
        {
            foreach (var (key, values) in filters)
            {
                foreach (var value in values)
                {
                    var rest = filters.ToDictionary(f => f.Key, f => f.Key == key ? (IReadOnlyList<string>)f.Value.Where(v => v != value).ToList() : f.Value);
                    if (rest[key].Count == 0)
                    {
                        rest.Remove(key);
                    }

                    chips.Add(new FilterChip(nameOf(key), labelOf(key, value), without(apply(rest))));
                }
            }
        }

        return chips;
    }

    private static string Title(string slug) => slug.Length == 0 ? slug : char.ToUpperInvariant(slug[0]) + slug[1..].Replace('-', ' ');

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
