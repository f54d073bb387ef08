using Microsoft.EntityFrameworkCore;
using Store.Catalog.Attributes;
using Store.Catalog.Categories;
using Store.Catalog.Products;
using Store.Core.Data;

namespace Store.Catalog.Search;

/// <summary>
/// The product list's one query path (storefront and API): filters, ranked search, sorting with an id
/// tie-break so pages never overlap, and attribute counts, answered from the <see cref="ProductIndex"/>.
/// Only published products are ever seen.
/// </summary>
public sealed class ProductSearch(StoreDbContext db, CatalogCache cache, ProductIndex index)
{
    /// <summary>Runs the query; <paramref name="tree"/> is the category tree when the caller has already read it.</summary>
    public async Task<ProductSearchResult> SearchAsync(ProductQuery query, CategoryTree? tree, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        IReadOnlyList<int>? categoryIds = null;
        if (query.Category is { } slug)
        {
            tree ??= await CategoryTree.LoadAsync(db, cancellationToken);

            // A renamed category's old slug (a bookmarked filter) still filters by that category.
            var category = tree.FindBySlug(slug) ?? await tree.FindMovedAsync(db, slug, cancellationToken);
            if (category is not null)
            {
                categoryIds = tree.SelfAndDescendants(category.Id);
            }
            else
            {
                errors["category"] = [$"There is no category '{slug}'."];
            }
        }

        // Every list request needs the definitions, and they change only with the catalog: kept until it changes.
        var definitions = await cache.KeepAsync("attribute-definitions", () => db.Set<AttributeDefinition>().AsNoTracking()
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

        // An option nobody has yet matches nothing (not an error: a shared link may outlive the last red tee).
        foreach (var (optionSlug, values) in query.Options)
        {
            attributeFilters[OptionFilterIds.Find(optionSlug, query.InStockOnly) ?? int.MinValue] = values;
        }

        if (errors.Count > 0)
        {
            return new ProductSearchResult([], 0, [], errors);
        }

        // Matching, counting and ordering happen in this node's index; the database is asked only for the
        // cards of the page (fresh names, prices, stock and pictures), and drafts never pass that read.
        var catalog = await index.CurrentAsync(db, cancellationToken);
        var found = catalog.Find(
            new IndexQuery(SearchText.Words(query.Text), SearchText.Normalize(query.Text), categoryIds?.ToHashSet(), query.MinPrice, query.MaxPrice, query.InStockOnly, attributeFilters),
            query.EffectiveSort,
            (int)Math.Min(int.MaxValue, (query.Page - 1) * (long)query.PageSize),
            query.PageSize);
        var (total, counts, pageIds) = (found.Total, found.Counts, found.PageIds);
        var cards = pageIds.Count == 0
            ? []
            : await db.Set<Product>().AsNoTracking()
                .Where(p => pageIds.Contains(p.Id) && p.Status == ProductStatus.Published)
                .Select(ProductCard.Projection)
                .ToListAsync(cancellationToken);
        var place = pageIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var items = cards.OrderBy(c => place[c.Id]).ToList();

        var facets = definitions
            .Select(d =>
            {
                var selected = query.Attributes.GetValueOrDefault(d.Slug) ?? [];
                var values = counts.Where(c => c.AttributeId == d.Id)
                    .Select(c => new FacetValue(c.Value, c.Count, selected.Contains(c.Value)))
                    .Concat(selected.Where(s => !counts.Any(c => c.AttributeId == d.Id && c.Value == s)).Select(s => new FacetValue(s, 0, true)));
                return new AttributeFacet(d.Slug, d.Name, OrderValues(values, d.Type, d.Choices).ToList());
            })
            .Concat(OptionFacets(query, counts))
            .Where(f => f.Values.Count > 0)
            .ToList();
        return new ProductSearchResult(items, total, facets, errors);
    }

    // Options are counted under their in-stock ids when only products in stock are listed.
    private static IEnumerable<AttributeFacet> OptionFacets(ProductQuery query, IReadOnlyList<(int AttributeId, string Value, int Count)> counts) =>
        counts.Where(c => OptionFilterIds.IsOption(c.AttributeId) && OptionFilterIds.IsInStockId(c.AttributeId) == query.InStockOnly)
            .GroupBy(c => OptionFilterIds.Of(c.AttributeId))
            .Select(g =>
            {
                var selected = query.Options.GetValueOrDefault(g.Key.Slug) ?? [];
                var values = g.Select(c => new FacetValue(c.Value, c.Count, selected.Contains(c.Value)))
                    .Concat(selected.Where(s => !g.Any(c => c.Value == s)).Select(s => new FacetValue(s, 0, true)))
                    .OrderBy(v => v.Value, StringComparer.Ordinal);
                return new AttributeFacet(g.Key.Slug, g.Key.Name, values.ToList(), ProductQueryParser.OptionPrefix);
            })
            .OrderBy(f => f.Name, StringComparer.Ordinal);

    private static IEnumerable<FacetValue> OrderValues(IEnumerable<FacetValue> values, AttributeType type, List<string> choices) => type switch
    {
        AttributeType.Choice => values.OrderBy(v => choices.IndexOf(v.Value) is var i and >= 0 ? i : int.MaxValue).ThenBy(v => v.Value, StringComparer.Ordinal),
        AttributeType.Number => values.OrderBy(v => decimal.TryParse(v.Value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : decimal.MaxValue),
        _ => values.OrderBy(v => v.Value, StringComparer.Ordinal),
    };
}
