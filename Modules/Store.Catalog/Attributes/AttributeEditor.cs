using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.Search;
using Store.Core.Data;

namespace Store.Catalog.Attributes;

/// <summary>Defines product attributes; a choice list needs at least one choice.</summary>
public sealed class AttributeEditor(StoreDbContext db, CatalogCache cache, TimeProvider time, IStringLocalizer<AttributeEditor> localizer)
{
    public async Task<(AttributeDefinition? Attribute, Dictionary<string, string> Errors)> SaveAsync(int? id, AttributeInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        AttributeDefinition? attribute = null;
        if (id is { } existingId && (attribute = await db.Set<AttributeDefinition>().FirstOrDefaultAsync(a => a.Id == existingId, cancellationToken)) is null)
        {
            return (null, new Dictionary<string, string> { [""] = localizer["The attribute does not exist."] });
        }

        if (attribute is not null && input.Version is { } opened && opened != attribute.Version)
        {
            return (null, EditConflict.Errors("attribute"));
        }

        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > AttributeDefinition.NameMaxLength)
        {
            errors[nameof(AttributeInput.Name)] = localizer["Enter a name of at most {0} characters.", AttributeDefinition.NameMaxLength];
        }

        if (!Enum.IsDefined(input.Type))
        {
            errors[nameof(AttributeInput.Type)] = localizer["Choose text, number, yes/no or choice list."];
        }

        var choices = input.Choices.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (input.Type == AttributeType.Choice && choices.Count == 0)
        {
            errors[nameof(AttributeInput.Choices)] = localizer["A choice list needs at least one choice (one per line)."];
        }
        else if (choices.Any(c => c.Length > AttributeDefinition.ChoiceMaxLength) || choices.Count > 200)
        {
            errors[nameof(AttributeInput.Choices)] = localizer["At most 200 choices of at most {0} characters each.", AttributeDefinition.ChoiceMaxLength];
        }

        var selfId = attribute?.Id ?? 0;
        var slug = string.IsNullOrWhiteSpace(input.Slug) ? attribute?.Slug ?? Slugs.From(name) : input.Slug.Trim();
        if (!Slugs.IsValid(slug))
        {
            errors[nameof(AttributeInput.Slug)] = localizer["Use lowercase letters, digits and hyphens only."];
        }
        else if (await db.Set<AttributeDefinition>().AnyAsync(a => a.Slug == slug && a.Id != selfId, cancellationToken))
        {
            errors[nameof(AttributeInput.Slug)] = localizer["The slug \"{0}\" is already used by another attribute.", slug];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var version = attribute?.Version ?? 0;
        if (attribute is null)
        {
            attribute = new AttributeDefinition();
            db.Add(attribute);
        }

        attribute.Name = name;
        attribute.Slug = slug;
        attribute.Type = input.Type;
        attribute.Choices = input.Type == AttributeType.Choice ? choices : [];
        attribute.SortOrder = input.SortOrder;
        attribute.Version = version + 1;
        var changedMeanwhile = false;
        var saved = await db.InTransactionAsync(async () =>
        {
            // First, so a save racing this one waits here and then finds the version gone (EditConflict).
            var attributeId = attribute.Id;
            if (attributeId != 0 && !await EditConflict.ClaimAsync(db.Set<AttributeDefinition>().Where(a => a.Id == attributeId), a => a.Version, version, cancellationToken))
            {
                changedMeanwhile = true;
                db.ChangeTracker.Clear();
                return false;
            }

            if (!await UniqueSave.TrySaveAsync(db, cancellationToken))
            {
                return false;
            }

            await CatalogChanges.RecordAsync(db, [CatalogChange.Structure], time.GetUtcNow().UtcDateTime, cancellationToken);
            return true;
        }, cancellationToken);
        if (!saved)
        {
            return (null, changedMeanwhile ? EditConflict.Errors("attribute") : new Dictionary<string, string> { [nameof(AttributeInput.Slug)] = UniqueSave.Conflict });
        }

        await cache.ChangedAsync(cancellationToken);

        return (attribute, errors);
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        // No rows for the products that had it: the product index may keep their values, but filters and
        // counts go through the current definitions and ids are never reused, so they never show again.
        var deleted = 0;
        await db.InTransactionAsync(async () =>
        {
            deleted = await db.Set<AttributeDefinition>().Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken);
            await CatalogChanges.RecordAsync(db, [CatalogChange.Structure], time.GetUtcNow().UtcDateTime, cancellationToken);
            return true;
        }, cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        return deleted > 0;
    }
}
