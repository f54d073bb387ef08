using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.Search;
using Store.Core.Data;

namespace Store.Catalog.Categories;

/// <summary>Creates, changes and deletes categories, keeping the tree a tree (no category under itself).</summary>
public sealed class CategoryEditor(StoreDbContext db, TimeProvider time, CatalogCache cache, IStringLocalizer<CategoryEditor> localizer)
{
    public async Task<(Category? Category, Dictionary<string, string> Errors)> SaveAsync(int? id, CategoryInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        Category? category = null;
        if (id is { } existingId && (category = await db.Set<Category>().FirstOrDefaultAsync(c => c.Id == existingId, cancellationToken)) is null)
        {
            return (null, new Dictionary<string, string> { [""] = Missing });
        }

        if (category is not null && input.Version is { } opened && opened != category.Version)
        {
            return (null, EditConflict.Errors("category"));
        }

        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > Category.NameMaxLength)
        {
            errors[nameof(CategoryInput.Name)] = localizer["Enter a name of at most {0} characters.", Category.NameMaxLength];
        }

        var description = input.Description?.Trim() ?? string.Empty;
        if (description.Length > Category.DescriptionMaxLength)
        {
            errors[nameof(CategoryInput.Description)] = localizer["The description must be at most {0} characters.", Category.DescriptionMaxLength];
        }

        var selfId = category?.Id ?? 0;
        string slug;
        if (string.IsNullOrWhiteSpace(input.Slug))
        {
            slug = category?.Slug ?? await Slugs.UniqueAsync(Slugs.From(name) is { Length: > 0 } s ? s : "category", s => db.Set<Category>().AnyAsync(c => c.Slug == s, cancellationToken));
        }
        else
        {
            slug = input.Slug.Trim();
            if (!Slugs.IsValid(slug))
            {
                errors[nameof(CategoryInput.Slug)] = localizer["Use lowercase letters, digits and hyphens only, such as \"{0}\".", Slugs.From(slug)];
            }
            else if (await db.Set<Category>().AnyAsync(c => c.Slug == slug && c.Id != selfId, cancellationToken))
            {
                errors[nameof(CategoryInput.Slug)] = localizer["The slug \"{0}\" is already used by another category.", slug];
            }
        }

        int? parentId = null;
        if (!string.IsNullOrWhiteSpace(input.Parent))
        {
            var tree = await CategoryTree.LoadAsync(db, cancellationToken);
            var parent = tree.FindBySlug(input.Parent.Trim());
            if (parent is null)
            {
                errors[nameof(CategoryInput.Parent)] = localizer["There is no category \"{0}\".", input.Parent];
            }
            else if (category is not null && tree.SelfAndDescendants(category.Id).Contains(parent.Id))
            {
                errors[nameof(CategoryInput.Parent)] = localizer["A category cannot be placed under itself or one of its subcategories."];
            }
            else
            {
                parentId = parent.Id;
            }
        }

        Products.ReturnPeriodRule.Check(input.ReturnDays, nameof(CategoryInput.ReturnDays), errors, localizer);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var version = category?.Version ?? 0;
        if (category is null)
        {
            category = new Category();
            db.Add(category);
        }
        else if (!string.Equals(category.Slug, slug, StringComparison.Ordinal))
        {
            db.Add(new CategorySlugRedirect { Slug = category.Slug, CategoryId = category.Id });
        }

        // A live category's slug beats an old one: tracked, so the redirect goes only if the save succeeds.
        db.RemoveRange(await db.Set<CategorySlugRedirect>().Where(r => r.Slug == slug).ToListAsync(cancellationToken));

        category.Name = name;
        category.Slug = slug;
        category.Description = description;
        category.ParentId = parentId;
        category.SortOrder = input.SortOrder;
        category.ReturnDays = input.ReturnDays;
        category.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        category.Version = version + 1;
        var changedMeanwhile = false;
        var saved = await db.InTransactionAsync(async () =>
        {
            // First, so a save racing this one waits here and then finds the version gone (EditConflict).
            var categoryId = category.Id;
            if (categoryId != 0 && !await EditConflict.ClaimAsync(db.Set<Category>().Where(c => c.Id == categoryId), c => c.Version, version, cancellationToken))
            {
                changedMeanwhile = true;
                db.ChangeTracker.Clear();
                return false;
            }

            if (!await UniqueSave.TrySaveAsync(db, cancellationToken))
            {
                return false;
            }

            await CatalogChanges.RecordAsync(db, [CatalogChange.Structure], category.UpdatedUtc, cancellationToken);
            return true;
        }, cancellationToken);
        if (!saved)
        {
            return (null, changedMeanwhile ? EditConflict.Errors("category") : new Dictionary<string, string> { [nameof(CategoryInput.Slug)] = UniqueSave.Conflict });
        }

        await cache.ChangedAsync(cancellationToken);

        return (category, errors);
    }

    public const string Missing = "The category does not exist.";

    /// <summary>Null when deleted; otherwise why not (<see cref="Missing"/>, or <see cref="EditConflict.Message"/> when it is no longer at <paramref name="version"/>).</summary>
    public async Task<string?> DeleteAsync(int id, CancellationToken cancellationToken, int? version = null)
    {
        // Said in the reader's language; only Missing and the conflict stay fixed, as the API tells them apart.
        var hasChildren = localizer["Move or delete its subcategories first."].Value;
        if (await db.Set<Category>().AnyAsync(c => c.ParentId == id, cancellationToken))
        {
            return hasChildren;
        }

        var deleted = 0;
        try
        {
            deleted = await db.Set<Category>().Where(c => c.Id == id && (version == null || c.Version == version)).ExecuteDeleteAsync(cancellationToken);
        }
        catch (DbException)
        {
            // A subcategory added between the check and the delete makes the foreign key refuse it.
            if (await db.Set<Category>().AnyAsync(c => c.ParentId == id, cancellationToken))
            {
                return hasChildren;
            }

            throw;
        }

        // Recorded after the delete, not with it: the delete is a single statement whose foreign key settles
        // the race above, and the row only tells other nodes to drop cached pages (lost in a crash, they
        // expire in 10 minutes). No rows for the products that were in it: the product index may keep the
        // deleted id on them, but filters go through the current tree and ids are never reused.
        if (deleted > 0)
        {
            await CatalogChanges.RecordAsync(db, [CatalogChange.Structure], time.GetUtcNow().UtcDateTime, cancellationToken);
        }

        await cache.ChangedAsync(cancellationToken);
        if (deleted > 0)
        {
            return null;
        }

        return version is not null && await db.Set<Category>().AnyAsync(c => c.Id == id, cancellationToken) ? EditConflict.Message("category") : Missing;
    }
}
