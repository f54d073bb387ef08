using Microsoft.EntityFrameworkCore;
using Store.Core.Data;

namespace Store.Catalog.Categories;

/// <summary>The whole category tree, read in one query (a shop has tens or hundreds of categories, not millions).</summary>
public sealed class CategoryTree
{
    private readonly Dictionary<int, CategoryNode> _byId;

    private CategoryTree(IReadOnlyList<CategoryNode> nodes)
    {
        _byId = nodes.ToDictionary(n => n.Id);
        Roots = Children(null);
    }

    public IReadOnlyList<CategoryNode> Roots { get; }

    public IEnumerable<CategoryNode> All => _byId.Values;

    public static async Task<CategoryTree> LoadAsync(StoreDbContext db, CancellationToken cancellationToken)
    {
        var nodes = await db.Set<Category>().AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new CategoryNode(c.Id, c.Name, c.Slug, c.Description, c.ParentId, c.SortOrder, c.Version, c.ReturnDays))
            .ToListAsync(cancellationToken);
        return new CategoryTree(nodes);
    }

    /// <summary>The same tree with names and descriptions in <paramref name="culture"/>, where translated.</summary>
    internal CategoryTree Translated(Translations.StructureTranslations translations, string culture) =>
        new([.. _byId.Values.Select(n => n with
        {
            Name = translations.CategoryName(n.Id, culture, n.Name),
            Description = translations.CategoryDescription(n.Id, culture, n.Description),
        })]);

    public CategoryNode? Find(int id) => _byId.GetValueOrDefault(id);

    public CategoryNode? FindBySlug(string slug) => _byId.Values.FirstOrDefault(n => string.Equals(n.Slug, slug, StringComparison.OrdinalIgnoreCase));

    /// <summary>The category that had <paramref name="oldSlug"/> before a rename, if it still exists.</summary>
    public async Task<CategoryNode?> FindMovedAsync(StoreDbContext db, string oldSlug, CancellationToken cancellationToken) =>
        Find(await db.Set<CategorySlugRedirect>().AsNoTracking().Where(r => r.Slug == oldSlug).Select(r => r.CategoryId).FirstOrDefaultAsync(cancellationToken));

    public IReadOnlyList<CategoryNode> Children(int? parentId) =>
        _byId.Values.Where(n => n.ParentId == parentId).OrderBy(n => n.SortOrder).ThenBy(n => n.Name, StringComparer.Ordinal).ThenBy(n => n.Id).ToList();

    /// <summary>The category and every category below it: a category page lists all their products.</summary>
    public IReadOnlyList<int> SelfAndDescendants(int id)
    {
        var result = new List<int>();
        var pending = new Stack<int>([id]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (result.Contains(current))
            {
                continue;
            }

            result.Add(current);
            foreach (var child in _byId.Values.Where(n => n.ParentId == current))
            {
                pending.Push(child.Id);
            }
        }

        return result;
    }

    /// <summary>From the root down to the category itself.</summary>
    public IReadOnlyList<CategoryNode> PathTo(int id)
    {
        var path = new List<CategoryNode>();
        for (var node = Find(id); node is not null && path.Count < 50; node = node.ParentId is { } p ? Find(p) : null)
        {
            path.Insert(0, node);
        }

        return path;
    }

    /// <summary>The tree flattened in display order with each node's depth, for pickers and the admin list.</summary>
    public IReadOnlyList<(CategoryNode Node, int Depth)> Flatten()
    {
        var result = new List<(CategoryNode, int)>();
        void Walk(int? parent, int depth)
        {
            foreach (var child in Children(parent))
            {
                result.Add((child, depth));
                if (depth < 20)
                {
                    Walk(child.Id, depth + 1);
                }
            }
        }

        Walk(null, 0);
        return result;
    }
}
