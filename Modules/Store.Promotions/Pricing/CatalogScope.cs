using Store.Catalog.Contracts;

namespace Store.Promotions.Pricing;

/// <summary>
/// Which products a rule covers: the products it names, and those in a category it names or in one of that
/// category's subcategories. Built once per pricing from the category tree and the lines' products.
/// </summary>
internal sealed class CatalogScope(IReadOnlyDictionary<int, int?> parents, ILookup<int, int> categoriesOf)
{
    public static async Task<CatalogScope> LoadAsync(ICatalogTargets catalog, IReadOnlyCollection<int> productIds, CancellationToken cancellationToken)
    {
        var categories = await catalog.CategoriesAsync(cancellationToken);
        return new CatalogScope(categories.ToDictionary(c => c.Id, c => c.ParentId), await catalog.CategoriesOfAsync(productIds, cancellationToken));
    }

    public bool Covers(int productId, IReadOnlyCollection<int> categoryIds, IReadOnlyCollection<int> productIds)
    {
        if (productIds.Contains(productId))
        {
            return true;
        }

        foreach (var start in categoriesOf[productId])
        {
            // Walk up to the root; the guard stops a (never expected) cycle.
            int? id = start;
            for (var depth = 0; id is { } current && depth < 64; depth++)
            {
                if (categoryIds.Contains(current))
                {
                    return true;
                }

                id = parents.GetValueOrDefault(current);
            }
        }

        return false;
    }
}
