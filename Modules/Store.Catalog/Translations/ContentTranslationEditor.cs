using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.Attributes;
using Store.Catalog.Categories;
using Store.Catalog.Products;
using Store.Catalog.Search;
using Store.Catalog.Variants;
using Store.Core.Data;

namespace Store.Catalog.Translations;

/// <summary>
/// Saves a product's, category's, attribute's or product option's text in one culture. Every field is checked first (lengths as the
/// entity's own, a product description rendered and sanitized as the product editor does it); the row and a
/// <see cref="CatalogChange"/> are written in one transaction, so every node's index and cached pages catch up as
/// for any catalog edit. A save from a stale form is refused (<see cref="EditConflict"/>) and writes nothing.
/// </summary>
public sealed class ContentTranslationEditor(StoreDbContext db, CatalogCache cache, ContentCultures cultures, TimeProvider time, IStringLocalizer<ContentTranslationEditor> localizer)
{
    public async Task<EditResult<ContentTranslation>> SaveAsync(ContentKind kind, int id, string culture, ContentTranslationInput input, CancellationToken cancellationToken)
    {
        if (await TargetAsync(kind, id, cancellationToken) is not { } target)
        {
            return EditResult.Missing<ContentTranslation>();
        }

        if (!cultures.Others.Contains(culture))
        {
            return EditResult.Invalid<ContentTranslation>("Culture", localizer["'{0}' is not one of the shop's other cultures ({1}).", culture, string.Join(", ", cultures.Others)]);
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var (nameMax, descriptionMax, choiceMax) = kind switch
        {
            ContentKind.Product => (Product.NameMaxLength, Product.DescriptionMaxLength, 0),
            ContentKind.Category => (Category.NameMaxLength, Category.DescriptionMaxLength, 0),
            ContentKind.Option => (ProductOption.NameMaxLength, 0, ProductOption.ValueMaxLength),
            _ => (AttributeDefinition.NameMaxLength, 0, AttributeDefinition.ChoiceMaxLength),
        };
        var name = Field(input.Name, nameof(input.Name), nameMax, errors);
        var description = Field(input.Description, nameof(input.Description), descriptionMax, errors);
        var seoTitle = Field(input.SeoTitle, nameof(input.SeoTitle), kind == ContentKind.Product ? Product.SeoTitleMaxLength : 0, errors);
        var seoDescription = Field(input.SeoDescription, nameof(input.SeoDescription), kind == ContentKind.Product ? Product.SeoDescriptionMaxLength : 0, errors);
        var translatedChoices = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (value, translation) in input.Choices ?? new Dictionary<string, string>())
        {
            if (!target.Choices.Contains(value))
            {
                errors[$"Choices[{value}]"] = kind == ContentKind.Option
                    ? localizer["'{0}' is not a value of this option.", value]
                    : localizer["'{0}' is not a choice of this attribute.", value];
            }
            else if (Field(translation, $"Choices[{value}]", choiceMax, errors) is { } text)
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

            await CatalogChanges.RecordAsync(db, [target.ChangedProduct], now, cancellationToken);
            return true;
        }, cancellationToken);
        if (!saved)
        {
            return EditResult.Invalid<ContentTranslation>(EditConflict.Errors("translation"));
        }

        await cache.ChangedAsync(cancellationToken);
        return EditResult.Saved(row);
    }

    /// <summary>
    /// The entity's choice values (a choice attribute's choices, an option's values, else none) and the product whose
    /// pages change with it (<see cref="CatalogChange.Structure"/> for a category or attribute); null when there is no
    /// such entity.
    /// </summary>
    private async Task<(IReadOnlyList<string> Choices, int ChangedProduct)?> TargetAsync(ContentKind kind, int id, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case ContentKind.Product:
                return await db.Set<Product>().AnyAsync(p => p.Id == id, cancellationToken) ? (Array.Empty<string>(), id) : null;
            case ContentKind.Category:
                return await db.Set<Category>().AnyAsync(c => c.Id == id, cancellationToken) ? (Array.Empty<string>(), CatalogChange.Structure) : null;
            case ContentKind.Attribute:
                var choices = await db.Set<AttributeDefinition>().Where(a => a.Id == id).Select(a => a.Choices).FirstOrDefaultAsync(cancellationToken);
                return choices is null ? null : (choices, CatalogChange.Structure);
            case ContentKind.Option:
                var option = await db.Set<ProductOption>().Where(o => o.Id == id).Select(o => new { o.Values, o.ProductId }).FirstOrDefaultAsync(cancellationToken);
                return option is null ? null : (option.Values, option.ProductId);
            default:
                return null;
        }
    }

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
