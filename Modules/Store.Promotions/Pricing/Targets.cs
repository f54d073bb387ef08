using Microsoft.Extensions.Localization;
using Store.Catalog.Contracts;

namespace Store.Promotions.Pricing;

/// <summary>Turns the slugs a merchandiser names into ids to store, and stored ids back into slugs to show; shared by coupons and promotions.</summary>
public sealed class Targets(ICatalogTargets catalog, IStringLocalizer<Targets> localizer)
{
    /// <summary>The ids of the named categories and products; an unknown slug is an error on its field.</summary>
    public async Task<(List<int> Categories, List<int> Products)> ResolveAsync(IReadOnlyList<string>? categories, IReadOnlyList<string>? products, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var categorySlugs = Clean(categories);
        var productSlugs = Clean(products);
        var known = categorySlugs.Count == 0 ? [] : (await catalog.CategoriesAsync(cancellationToken)).ToDictionary(c => c.Slug, c => c.Id);
        var missingCategories = categorySlugs.Where(s => !known.ContainsKey(s)).ToList();
        if (missingCategories.Count > 0)
        {
            errors["Categories"] = localizer["No category has the slug {0}.", string.Join(", ", missingCategories)];
        }

        var found = (await catalog.ProductsAsync([], productSlugs, cancellationToken)).ToDictionary(p => p.Slug, p => p.Id);
        var missingProducts = productSlugs.Where(s => !found.ContainsKey(s)).ToList();
        if (missingProducts.Count > 0)
        {
            errors["Products"] = localizer["No product has the slug {0}.", string.Join(", ", missingProducts)];
        }

        return (categorySlugs.Where(known.ContainsKey).Select(s => known[s]).ToList(), productSlugs.Where(found.ContainsKey).Select(s => found[s]).ToList());
    }

    public async Task<(Func<IEnumerable<int>, List<string>> Categories, Func<IEnumerable<int>, List<string>> Products)> NamesAsync(IEnumerable<int> productIds, CancellationToken cancellationToken)
    {
        var categories = (await catalog.CategoriesAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.Slug);
        var products = (await catalog.ProductsAsync(productIds.Distinct().ToList(), [], cancellationToken)).ToDictionary(p => p.Id, p => p.Slug);
        return (ids => ids.Where(categories.ContainsKey).Select(id => categories[id]).ToList(), ids => ids.Where(products.ContainsKey).Select(id => products[id]).ToList());
    }

    /// <summary>The slugs of a comma-separated admin field.</summary>
    public static List<string> Split(string? text) => (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static List<string> Clean(IReadOnlyList<string>? slugs) =>
        slugs?.Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct().ToList() ?? [];
}
