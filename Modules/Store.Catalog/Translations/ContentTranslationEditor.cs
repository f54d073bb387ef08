using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.Attributes;
using Store.Catalog.Categories;
using Store.Catalog.Products;
using Store.Catalog.Search;
using Store.Core.Data;

namespace Store.Catalog.Translations;

/// <summary>
/// Saves a product's, category's or attribute's text in one culture. Every field is checked first (lengths as the
/// entity's own, a product description rendered and sanitized as the product editor does it); the row and a
/// <see cref="CatalogChange"/> are written in one transaction, so every node's index and cached pages catch up as
/// for any catalog edit. A save from a stale form is refused (<see cref="EditConflict"/>) and writes nothing.
/// </summary>
public sealed class ContentTranslationEditor(StoreDbContext db, CatalogCache cache, ContentCultures cultures, TimeProvider time, IStringLocalizer<ContentTranslationEditor> localizer)
{
    public async Task<EditResult<ContentTranslation>> SaveAsync(ContentKind kind, int id, string culture, ContentTranslationInput input, CancellationToken cancellationToken)
    {
        var choices = await ChoicesOfAsync(kind, id, cancellationToken);
        if (choices is null)
        {
            return EditResult.Missing<ContentTranslation>();
        }

        if (!cultures.Others.Contains(culture))
        {
            return EditResult.Invalid<ContentTranslation>("Culture", localizer["'{0}' is not one of the shop's other cultures ({1}).", culture, string.Join(", ", cultures.Others)]);
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var (nameMax, descriptionMax) = kind switch
        {
            ContentKind.Product => (Product.NameMaxLength, Product.DescriptionMaxLength),
            ContentKind.Category => (Category.NameMaxLength, Category.DescriptionMaxLength),
            _ => (AttributeDefinition.NameMaxLength, 0),
        };
        var name = Field(input.Name, nameof(input.Name), nameMax, errors);
        var description = Field(input.Description, nameof(input.Description), descriptionMax, errors);
        var seoTitle = Field(input.SeoTitle, nameof(input.SeoTitle), kind == ContentKind.Product ? Product.SeoTitleMaxLength : 0, errors);
        var seoDescription = Field(input.SeoDescription, nameof(input.SeoDescription), kind == ContentKind.Product ? Product.SeoDescriptionMaxLength : 0, errors);
        var translatedChoices = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (value, translation) in input.Choices ?? new Dictionary<string, string>())
        {
            if (!choices.Contains(value))
            {
                errors[$"Choices[{value}]"] = localizer["'{0}' is not a choice of this attribute.", value];
            }
            else if (Field(translation, $"Choices[{value}]", AttributeDefinition.ChoiceMaxLength, errors) is { } text)
            {
                translatedChoices[value] = text;
            }
        }

        if (errors.Count > 0)
        {
            return EditResult.Invalid<ContentTranslation>(errors);
        }

        var row = await db.Set<ContentTranslation>().FirstOrDefaultAsync(t => t.Kind == kind && t.EntityId == id && t.Culture == culture, cancellationToken);
        var opened = input.Version ?? row?.Version ?? 0;
        if (opened != (row?.Version ?? 0))
        {
            return EditResult.Invalid<ContentTranslation>(EditConflict.Errors("translation"));
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (row is null)
        {
            row = new ContentTranslation { Kind = kind, EntityId = id, Culture = culture };
            db.Add(row);
        }

        row.Name = name;
        row.Description = description;
        row.DescriptionHtml = kind == ContentKind.Product && description is not null ? ProductDescription.ToHtml(description) : null;
        row.SeoTitle = seoTitle;
        row.SeoDescription = seoDescription;
        row.Choices = translatedChoices;
        row.UpdatedUtc = now;
        row.Version = opened + 1;
        var rowId = row.Id;
        var saved = await db.InTransactionAsync(async () =>
        {
            // An existing row is claimed first (a racing save waits, then finds the version gone); a new one is
            // guarded by the unique index on kind, entity and culture.
            if (rowId != 0 && !await EditConflict.ClaimAsync(db.Set<ContentTranslation>().Where(t => t.Id == rowId), t => t.Version, opened, cancellationToken))
            {
                db.ChangeTracker.Clear();
                return false;
            }

            if (!await UniqueSave.TrySaveAsync(db, cancellationToken))
            {
                return false;
            }

            await CatalogChanges.RecordAsync(db, [kind == ContentKind.Product ? id : CatalogChange.Structure], now, cancellationToken);
            return true;
        }, cancellationToken);
        if (!saved)
        {
            return EditResult.Invalid<ContentTranslation>(EditConflict.Errors("translation"));
        }

        await cache.ChangedAsync(cancellationToken);
        return EditResult.Saved(row);
    }

    /// <summary>The entity's choice values (empty unless a choice attribute), or null when there is no such entity.</summary>
    private async Task<IReadOnlyList<string>?> ChoicesOfAsync(ContentKind kind, int id, CancellationToken cancellationToken) => kind switch
    {
        ContentKind.Product => await db.Set<Product>().AnyAsync(p => p.Id == id, cancellationToken) ? Array.Empty<string>() : null,
        ContentKind.Category => await db.Set<Category>().AnyAsync(c => c.Id == id, cancellationToken) ? Array.Empty<string>() : null,
        ContentKind.Attribute => await db.Set<AttributeDefinition>().Where(a => a.Id == id).Select(a => a.Choices).FirstOrDefaultAsync(cancellationToken),
        _ => null,
    };

    // Trimmed, null when empty; a field this kind has not (max 0) or too long is an error.
    private string? Field(string? value, string key, int max, Dictionary<string, string> errors)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null)
        {
            return null;
        }

        if (max == 0)
        {
            errors[key] = localizer["This field cannot be translated here."];
        }
        else if (text.Length > max)
        {
            errors[key] = localizer["Use at most {0} characters.", max];
        }

        return text;
    }
}
