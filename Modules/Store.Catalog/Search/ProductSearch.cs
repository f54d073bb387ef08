using Microsoft.EntityFrameworkCore;
using Store.Catalog.Attributes;
using Store.Catalog.Categories;
using Store.Catalog.Products;
using Store.Core.Data;

namespace Store.Catalog.Search;

/// <summary>
/// The product list's one query path (storefront and API): filters, ranked search, sorting with an id
/// tie-break so pages never overlap, and attribute counts. Only published products are ever seen.
/// </summary>
public sealed class ProductSearch(StoreDbContext db, CatalogCache cache)
{
    /// <summary>Runs the query; <paramref name="tree"/> is the category tree when the caller has already read it.</summary>
    public async Task<ProductSearchResult> SearchAsync(ProductQuery query, CategoryTree? tree, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        IReadOnlyList<int>? categoryIds = null;
        if (query.Category is { } slug)
        {
            tree ??= await CategoryTree.LoadAsync(db, cancellationToken);
            if (tree.FindBySlug(slug) is { } category)
            {
                categoryIds = tree.SelfAndDescendants(category.Id);
            }
            else
            {
                errors["category"] = [$"There is no category '{slug}'."];
            }
        }

        // Every list request needs the definitions, and they change only with the catalog: kept like the counts.
        var definitions = await cache.CountsAsync("attribute-definitions", () => db.Set<AttributeDefinition>().AsNoTracking()
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Slug, a.Name, a.Type, a.Choices })
            .ToListAsync(cancellationToken));
        var attributeFilters = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var (attributeSlug, values) in query.Attributes)
        {
            var definition = definitions.FirstOrDefault(d => d.Slug == attributeSlug);
            if (definition is null)
            {
                errors[ProductQueryParser.AttributePrefix + attributeSlug] = [$"There is no filter '{attributeSlug}'."];
            }
            else
            {
                attributeFilters[definition.Id] = values;
            }
        }

        if (errors.Count > 0)
        {
            return new ProductSearchResult([], 0, [], errors);
        }

        var words = SearchText.Words(query.Text);
        var filtered = Filter(query, words, categoryIds, attributeFilters, exceptAttribute: null);

        // Total and attribute counts depend on the filters only (not on sort or page) and cost a pass
        // over every matching product: they are kept per filter until the catalog changes.
        var filterKey = "counts:" + ProductQueryParser.ToQueryString(query with { Sort = null, Page = 1, PageSize = ProductQuery.DefaultPageSize }, "USD");
        var (total, counts) = await cache.CountsAsync(filterKey, async () =>
        {
            var total = await filtered.CountAsync(cancellationToken);

            // Counts for an attribute ignore that attribute's own selection, so a shopper sees what choosing
            // another value of it would give; one grouped query for the rest, one per selected attribute.
            var counts = total == 0 ? [] : await CountAsync(filtered, attributeIds: null, cancellationToken);
            foreach (var attributeId in attributeFilters.Keys)
            {
                var without = Filter(query, words, categoryIds, attributeFilters, exceptAttribute: attributeId);
                var own = await CountAsync(without, attributeId, cancellationToken);
                counts.RemoveAll(c => c.AttributeId == attributeId);
                counts.AddRange(own);
            }

            return (total, counts);
        });

        // The page's ids first (the sort touches only indexed columns), then the cards of those ids:
        // the per-card work (first image) is done for one page, not for every match.
        var pageIds = total == 0 || (query.Page - 1) * (long)query.PageSize >= total
            ? []
            : await Order(filtered, query.EffectiveSort, words, SearchText.Normalize(query.Text))
                .Skip((query.Page - 1) * query.PageSize)
                .Take(query.PageSize)
                .Select(p => p.Id)
                .ToListAsync(cancellationToken);
        var cards = pageIds.Count == 0
            ? []
            : await db.Set<Product>().AsNoTracking()
                .Where(p => pageIds.Contains(p.Id))
                .Select(p => new ProductCard(
                    p.Id, p.Name, p.Slug, p.Price, p.CompareAtPrice, p.Stock,
                    p.Images.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(i => i.MediaKey).FirstOrDefault(),
                    p.Images.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(i => i.Alt).FirstOrDefault(),
                    p.CreatedUtc))
                .ToListAsync(cancellationToken);
        var items = cards.OrderBy(c => pageIds.IndexOf(c.Id)).ToList();

        var facets = definitions
            .Select(d =>
            {
                var selected = query.Attributes.GetValueOrDefault(d.Slug) ?? [];
                var values = counts.Where(c => c.AttributeId == d.Id)
                    .Select(c => new FacetValue(c.Value, c.Count, selected.Contains(c.Value)))
                    .Concat(selected.Where(s => !counts.Any(c => c.AttributeId == d.Id && c.Value == s)).Select(s => new FacetValue(s, 0, true)));
                return new AttributeFacet(d.Slug, d.Name, OrderValues(values, d.Type, d.Choices).ToList());
            })
            .Where(f => f.Values.Count > 0)
            .ToList();
        return new ProductSearchResult(items, total, facets, errors);
    }

    private IQueryable<Product> Filter(ProductQuery query, IReadOnlyList<string> words, IReadOnlyList<int>? categoryIds, Dictionary<int, IReadOnlyList<string>> attributes, int? exceptAttribute)
    {
        var products = db.Set<Product>().AsNoTracking().Where(p => p.Status == ProductStatus.Published);
        foreach (var word in words)
        {
            // string.Contains becomes instr()/strpos(): no LIKE pattern, so % and _ in a search are plain text.
            products = products.Where(p => p.SearchName.Contains(word));
        }

        if (categoryIds is not null)
        {
            products = products.Where(p => p.Categories.Any(c => categoryIds.Contains(c.CategoryId)));
        }

        if (query.MinPrice is { } min)
        {
            products = products.Where(p => p.Price >= min);
        }

        if (query.MaxPrice is { } max)
        {
            products = products.Where(p => p.Price <= max);
        }

        if (query.InStockOnly)
        {
            products = products.Where(p => p.Stock > 0);
        }

        foreach (var (attributeId, values) in attributes)
        {
            if (attributeId != exceptAttribute)
            {
                products = products.Where(p => p.AttributeValues.Any(v => v.AttributeId == attributeId && values.Contains(v.Value)));
            }
        }

        return products;
    }

    private static IQueryable<Product> Order(IQueryable<Product> products, ProductSort sort, IReadOnlyList<string> words, string phrase) => sort switch
    {
        ProductSort.PriceAscending => products.OrderBy(p => p.Price).ThenBy(p => p.Id),
        ProductSort.PriceDescending => products.OrderByDescending(p => p.Price).ThenBy(p => p.Id),
        ProductSort.Name => products.OrderBy(p => p.SearchName).ThenBy(p => p.Id),
        ProductSort.Relevance when words.Count > 0 => Ranked(products, words, phrase),
        _ => products.OrderByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id),
    };

    // Relevance: the whole name equal to the search, then names starting with it, then words that start
    // a word of the name; ties by name and id. Each part is a CASE in SQL, so ranking stays in the database.
    private static IQueryable<Product> Ranked(IQueryable<Product> products, IReadOnlyList<string> words, string phrase)
    {
        var scored = products.Select(p => new { Product = p, Score = (p.SearchName == phrase ? 100 : 0) + (p.SearchName.StartsWith(phrase) ? 20 : 0) });
        foreach (var word in words)
        {
            var wordStart = " " + word;
            scored = scored.Select(s => new { s.Product, Score = s.Score + (s.Product.SearchName.StartsWith(word) || s.Product.SearchName.Contains(wordStart) ? 5 : 0) });
        }

        return scored.OrderByDescending(s => s.Score).ThenBy(s => s.Product.SearchName).ThenBy(s => s.Product.Id).Select(s => s.Product);
    }

    private async Task<List<(int AttributeId, string Value, int Count)>> CountAsync(IQueryable<Product> products, int? attributeIds, CancellationToken cancellationToken)
    {
        var values = db.Set<ProductAttributeValue>().AsNoTracking().Where(v => products.Select(p => p.Id).Contains(v.ProductId));
        if (attributeIds is { } only)
        {
            values = values.Where(v => v.AttributeId == only);
        }

        var rows = await values
            .GroupBy(v => new { v.AttributeId, v.Value })
            .Select(g => new { g.Key.AttributeId, g.Key.Value, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.AttributeId, r.Value, r.Count)).ToList();
    }

    private static IEnumerable<FacetValue> OrderValues(IEnumerable<FacetValue> values, AttributeType type, List<string> choices) => type switch
    {
        AttributeType.Choice => values.OrderBy(v => choices.IndexOf(v.Value) is var i and >= 0 ? i : int.MaxValue).ThenBy(v => v.Value, StringComparer.Ordinal),
        AttributeType.Number => values.OrderBy(v => decimal.TryParse(v.Value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : decimal.MaxValue),
        _ => values.OrderBy(v => v.Value, StringComparer.Ordinal),
    };
}
