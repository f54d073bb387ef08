using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.Attributes;
using Store.Catalog.Categories;
using Store.Catalog.Contracts;
using Store.Catalog.Products;
using Store.Catalog.Storefront;
using Store.Catalog.Translations;
using Store.Core.Data;

namespace Store.Catalog.Search;

/// <summary>
/// The product list's one query path (storefront and API): filters, ranked search, sorting with an id
/// tie-break so pages never overlap, and attribute counts, answered from the <see cref="ProductIndex"/>.
/// Only published products are ever seen.
/// </summary>
public sealed class ProductSearch(
    StoreDbContext db, CatalogCache cache, ProductIndex index, ISalePrices sales, IProductRatings ratings, ContentCultures cultures, IStringLocalizer<ProductSearch> localizer)
{
    /// <summary>Runs the query; <paramref name="tree"/> is the category tree when the caller has already read it.</summary>
    public async Task<ProductSearchResult> SearchAsync(ProductQuery query, CategoryTree? tree, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        IReadOnlyList<int>? categoryIds = null;
        if (query.Category is { } slug)
        {
            tree ??= await cache.CategoryTreeAsync(db, cancellationToken);

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
        var catalog = await index.CurrentAsync(db, sales, cancellationToken);
        var words = SearchText.Words(query.Text);
        if (words.Count > 0)
        {
            tree ??= await cache.CategoryTreeAsync(db, cancellationToken);
        }

        var indexQuery = WithWords(
            new IndexQuery([], string.Empty, categoryIds?.ToHashSet(), query.MinPrice, query.MaxPrice, query.InStockOnly, attributeFilters) { MinRatingHundredths = (query.MinRating ?? 0) * 100, Shown = query.Shown }, words, tree);
        var (skip, take) = ((int)Math.Min(int.MaxValue, (query.Page - 1) * (long)query.PageSize), query.PageSize);
        var found = catalog.Find(indexQuery, query.EffectiveSort, skip, take);
        string? corrected = null;
        var (miss, withoutFilters) = (SearchMiss.None, 0);
        if (found.Total == 0 && words.Count > 0)
        {
            // One typo per word is forgiven only when the exact words find nothing.
            var fixedWords = Correct(words, catalog, tree!);
            if (fixedWords is not null && catalog.Find(WithWords(indexQuery, fixedWords, tree), query.EffectiveSort, skip, take) is { Total: > 0 } fixedFound)
            {
                (found, corrected) = (fixedFound, string.Join(' ', fixedWords));
            }
            else
            {
                withoutFilters = indexQuery.WithoutWords().IsEmpty ? 0 : catalog.Find(indexQuery.WordsOnly(), query.EffectiveSort, 0, 0).Total;
                miss = withoutFilters > 0 ? SearchMiss.Filters : SearchMiss.Words;
            }
        }
        else if (found.Total == 0 && !indexQuery.IsEmpty)
        {
            miss = SearchMiss.Filters;
        }

        var (total, counts, pageIds) = (found.Total, found.Counts, found.PageIds);
        var cards = pageIds.Count == 0
            ? []
            : await db.Set<Product>().AsNoTracking()
                .Where(p => pageIds.Contains(p.Id) && p.Status == ProductStatus.Published)
                .Select(ProductCard.Projection)
                .ToListAsync(cancellationToken);
        var place = pageIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var rated = pageIds.Count == 0 ? new Dictionary<int, ProductRating>() : await ratings.ReadAsync(db, pageIds, cancellationToken);
        // Translated names come from the index, like the rest of the list: no translation is read per request.
        var culture = cultures.Current;
        var items = cards.OrderBy(c => place[c.Id])
            .Select(c => culture is not null && catalog.NameIn(c.Id, culture) is { } name ? c with { Name = name } : c)
            .Select(c => RatingDisplay.Apply(c, rated)).ToList();
        var structure = culture is null ? null : await cache.StructureTranslationsAsync(db, cancellationToken);

        var facets = definitions
            .Select(d =>
            {
                var selected = query.Attributes.GetValueOrDefault(d.Slug) ?? [];
                var values = counts.Where(c => c.AttributeId == d.Id)
                    .Select(c => new FacetValue(c.Value, c.Count, selected.Contains(c.Value)))
                    .Concat(selected.Where(s => !counts.Any(c => c.AttributeId == d.Id && c.Value == s)).Select(s => new FacetValue(s, 0, true)))
                    .Select(v => d.Type == AttributeType.YesNo ? v with { Label = YesOrNo(v.Value) }
                        : structure is null || d.Type != AttributeType.Choice ? v : v with { Label = structure.Choice(d.Id, culture, v.Value) });
                return new AttributeFacet(d.Slug, structure?.AttributeName(d.Id, culture, d.Name) ?? d.Name, OrderValues(values, d.Type, d.Choices).ToList());
            })
            .Concat(OptionFacets(query, counts, culture is null ? null : await cache.OptionWordsAsync(db, culture, cancellationToken)))
            .Where(f => f.Values.Count > 0)
            .ToList();
        return new ProductSearchResult(items, total, facets, errors) { CorrectedText = corrected, Miss = miss, WithoutFiltersTotal = withoutFilters };
    }

    // A yes/no attribute stores the words "Yes" and "No" (AttributeValues); the shopper reads them in their language.
    private string YesOrNo(string value) => YesNoWords.Shown(localizer, value);

    // The query with these words: stemmed for the shopper's language, and each word's categories (a category
    // whose name has a word starting with the stem, of three letters or more, lends it to the products inside it
    // and its subcategories).
    private static IndexQuery WithWords(IndexQuery query, IReadOnlyList<string> words, CategoryTree? tree)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var stems = words.Select(w => SearchStemmer.Stem(w, language)).ToList();
        var names = tree?.All.Select(c => (c.Id, Name: " " + SearchText.Normalize(c.Name))).ToList() ?? [];
        return query with
        {
            Words = words,
            Phrase = string.Join(' ', words),
            Stems = stems,
            WordCategories = stems
                .Select(stem => names.Where(c => stem.Length >= 3 && c.Name.Contains(" " + stem, StringComparison.Ordinal)).SelectMany(c => tree!.SelfAndDescendants(c.Id)).ToHashSet())
                .ToList(),
        };
    }

    // The words with each unknown one replaced by the known word one typo away, or null when none was.
    private static List<string>? Correct(IReadOnlyList<string> words, IndexedCatalog catalog, CategoryTree tree)
    {
        Dictionary<string, int>? categoryWords = null;
        var changed = false;
        var result = new List<string>(words.Count);
        foreach (var word in words)
        {
            if (word.Length < SearchTypos.MinLength - 1)
            {
                result.Add(word);
                continue;
            }

            categoryWords ??= CategoryWords(tree);
            var fix = SearchTypos.Correct(word, catalog.Vocabulary, categoryWords);
            changed |= fix is not null;
            result.Add(fix ?? word);
        }

        return changed ? result : null;
    }

    private static Dictionary<string, int> CategoryWords(CategoryTree tree)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in tree.All.SelectMany(c => SearchText.Words(c.Name, max: 16)))
        {
            words[word] = words.GetValueOrDefault(word) + 1;
        }

        return words;
    }

    /// <summary>
    /// Names of published products and categories holding the typed words (stemmed for the shopper's
    /// language), best first: what the header's search box offers as the shopper types.
    /// </summary>
    public async Task<SearchSuggestions> SuggestAsync(string text, int products, int categories, CancellationToken cancellationToken)
    {
        var words = SearchText.Words(text);
        var catalog = await index.CurrentAsync(db, sales, cancellationToken);
        var tree = await cache.CategoryTreeAsync(db, cancellationToken);
        var query = WithWords(new IndexQuery([], string.Empty, null, null, null, false, new Dictionary<int, IReadOnlyList<string>>()), words, tree: null);
        var ids = words.Count == 0 ? [] : catalog.Suggest(query, products);
        var rows = ids.Count == 0
            ? []
            : await db.Set<Product>().AsNoTracking()
                .Where(p => ids.Contains(p.Id) && p.Status == ProductStatus.Published)
                .Select(p => new { p.Id, p.Name, p.Slug })
                .ToListAsync(cancellationToken);
        var culture = cultures.Current;
        var found = ids.Join(rows, id => id, r => r.Id, (_, r) => new Suggestion(
            (culture is null ? null : catalog.NameIn(r.Id, culture)) ?? r.Name, "/products/" + Uri.EscapeDataString(r.Slug))).ToList();
        var named = tree.Flatten()
            .Select(n => (n.Node, Name: " " + SearchText.Normalize(n.Node.Name)))
            .Where(c => words.Count > 0 && query.StemStarts().All(stem => c.Name.Contains(stem, StringComparison.Ordinal)))
            .Take(categories)
            .Select(c => new Suggestion(c.Node.Name, c.Node.Url))
            .ToList();
        return new SearchSuggestions(text, found, named);
    }

    // Options are counted under their in-stock ids when only products in stock are listed.
    // Options are filtered by their default culture's values (the address keeps them); the labels read the shopper's.
    private static IEnumerable<AttributeFacet> OptionFacets(ProductQuery query, IReadOnlyList<(int AttributeId, string Value, int Count)> counts, OptionWords? words) =>
        counts.Where(c => OptionFilterIds.IsOption(c.AttributeId) && OptionFilterIds.IsInStockId(c.AttributeId) == query.InStockOnly)
            .GroupBy(c => OptionFilterIds.Of(c.AttributeId))
            .Select(g =>
            {
                var selected = query.Options.GetValueOrDefault(g.Key.Slug) ?? [];
                var values = g.Select(c => new FacetValue(c.Value, c.Count, selected.Contains(c.Value)))
                    .Concat(selected.Where(s => !g.Any(c => c.Value == s)).Select(s => new FacetValue(s, 0, true)))
                    .OrderBy(v => v.Value, StringComparer.Ordinal)
                    .Select(v => words is null ? v : v with { Label = words.Value(g.Key.Name, v.Value) });
                return new AttributeFacet(g.Key.Slug, words?.Name(g.Key.Name) ?? g.Key.Name, values.ToList(), ProductQueryParser.OptionPrefix);
            })
            .OrderBy(f => f.Name, StringComparer.Ordinal);

    private static IEnumerable<FacetValue> OrderValues(IEnumerable<FacetValue> values, AttributeType type, List<string> choices) => type switch
    {
        AttributeType.Choice => values.OrderBy(v => choices.IndexOf(v.Value) is var i and >= 0 ? i : int.MaxValue).ThenBy(v => v.Value, StringComparer.Ordinal),
        AttributeType.Number => values.OrderBy(v => decimal.TryParse(v.Value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : decimal.MaxValue),
        _ => values.OrderBy(v => v.Value, StringComparer.Ordinal),
    };
}
