using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.Attributes;
using Store.Catalog.Categories;
using Store.Catalog.Media;
using Store.Catalog.Search;
using Store.Catalog.Variants;
using Store.Core.Data;
using Store.Taxes.Contracts;

namespace Store.Catalog.Products;

/// <summary>
/// The one place products are created and changed (admin pages, API, recipes): validates every field,
/// keeps slugs unique and remembers old slugs so their links answer 301, renders the description.
/// </summary>
public sealed class ProductEditor(StoreDbContext db, IMediaStore media, TimeProvider time, CatalogCache cache, ITaxCategories taxes, IStringLocalizer<ProductEditor> localizer)
{
    /// <summary>Saves; returns the errors by field (input property names) when nothing was saved.</summary>
    public async Task<(Product? Product, Dictionary<string, string> Errors)> SaveAsync(int? id, ProductInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        Product? product = null;
        if (id is { } existingId)
        {
            product = await db.Set<Product>()
                .Include(p => p.Images).Include(p => p.Categories).Include(p => p.AttributeValues)
                .Include(p => p.Options).Include(p => p.Variants).AsSplitQuery()
                .FirstOrDefaultAsync(p => p.Id == existingId, cancellationToken);
            if (product is null)
            {
                return (null, new Dictionary<string, string> { [""] = localizer["The product does not exist."] });
            }

            if (input.Version is { } opened && opened != product.Version)
            {
                return (null, EditConflict.Errors("product"));
            }
        }

        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            errors[nameof(ProductInput.Name)] = localizer["Enter the product's name."];
        }
        else if (name.Length > Product.NameMaxLength)
        {
            errors[nameof(ProductInput.Name)] = localizer["The name must be at most {0} characters.", Product.NameMaxLength];
        }

        var description = input.Description ?? string.Empty;
        if (description.Length > Product.DescriptionMaxLength)
        {
            errors[nameof(ProductInput.Description)] = localizer["The description must be at most {0} characters.", Product.DescriptionMaxLength];
        }

        var seoTitle = Limit(input.SeoTitle, Product.SeoTitleMaxLength, nameof(ProductInput.SeoTitle), errors);
        var seoDescription = Limit(input.SeoDescription, Product.SeoDescriptionMaxLength, nameof(ProductInput.SeoDescription), errors);
        var slug = await ResolveSlugAsync(product, input.Slug, name, errors, cancellationToken);
        var categoryIds = await ResolveCategoriesAsync(input.Categories, errors, cancellationToken);
        var values = await ResolveAttributesAsync(input.Attributes, errors, cancellationToken);
        var images = await ResolveImagesAsync(input.Images, errors, cancellationToken);
        var options = VariantRules.ResolveOptions(input.Options, errors, localizer);
        var taxCategories = (await taxes.ListAsync(cancellationToken)).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var taxCategory = string.IsNullOrWhiteSpace(input.TaxCategory) ? null : input.TaxCategory.Trim().ToLowerInvariant();
        if (taxCategory is not null && !taxCategories.Contains(taxCategory))
        {
            errors[nameof(ProductInput.TaxCategory)] = localizer["Choose one of the shop's tax categories (or none for the default)."];
        }

        ReturnPeriodRule.Check(input.ReturnDays, nameof(ProductInput.ReturnDays), errors, localizer);
        var variants = await VariantRules.ResolveVariantsAsync(db, product, input, options, images.Select(i => i.Key).ToHashSet(StringComparer.Ordinal), taxCategories, errors, localizer, cancellationToken);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var version = product?.Version ?? 0;
        if (product is null)
        {
            product = new Product { CreatedUtc = now };
            db.Add(product);
        }
        else if (!string.Equals(product.Slug, slug, StringComparison.Ordinal))
        {
            db.Add(new ProductSlugRedirect { Slug = product.Slug, ProductId = product.Id });
        }

        // Tracked, not ExecuteDelete: the redirect goes only if the save below succeeds.
        db.RemoveRange(await db.Set<ProductSlugRedirect>().Where(r => r.Slug == slug).ToListAsync(cancellationToken));
        product.Name = name;
        product.SearchName = SearchText.Normalize(name);
        product.Slug = slug!;
        product.DescriptionMarkdown = description;
        product.DescriptionHtml = ProductDescription.ToHtml(description);
        product.Status = input.Published ? ProductStatus.Published : ProductStatus.Draft;
        product.SeoTitle = seoTitle;
        product.SeoDescription = seoDescription;
        product.TaxCategory = taxCategory;
        product.ReturnDays = input.ReturnDays;
        product.UpdatedUtc = now;
        product.Version = version + 1;
        product.Categories.RemoveAll(c => !categoryIds.Contains(c.CategoryId));
        product.Categories.AddRange(categoryIds.Where(cid => product.Categories.All(c => c.CategoryId != cid)).Select(cid => new ProductCategory { CategoryId = cid }));
        product.AttributeValues.RemoveAll(v => !values.ContainsKey(v.AttributeId));
        foreach (var (attributeId, value) in values)
        {
            if (product.AttributeValues.FirstOrDefault(v => v.AttributeId == attributeId) is { } existing)
            {
                existing.Value = value;
            }
            else
            {
                product.AttributeValues.Add(new ProductAttributeValue { AttributeId = attributeId, Value = value });
            }
        }

        product.Images.Clear();
        product.Images.AddRange(images.Select((image, index) => new ProductImage { MediaKey = image.Key, Alt = image.Alt?.Trim() ?? string.Empty, SortOrder = index }));
        VariantRules.Apply(product, options, variants);
        var changedMeanwhile = false;
        var saved = await db.InTransactionAsync(async () =>
        {
            // First, so a save racing this one waits here and then finds the version gone (EditConflict).
            var productId = product.Id;
            if (productId != 0 && !await EditConflict.ClaimAsync(db.Set<Product>().Where(p => p.Id == productId), p => p.Version, version, cancellationToken))
            {
                changedMeanwhile = true;
                db.ChangeTracker.Clear();
                return false;
            }

            if (!await UniqueSave.TrySaveAsync(db, cancellationToken))
            {
                return false;
            }

            await CatalogChanges.RecordAsync(db, [product.Id], now, cancellationToken);
            return true;
        }, cancellationToken);
        if (!saved)
        {
            return (null, changedMeanwhile
                ? EditConflict.Errors("product")
                : new Dictionary<string, string> { [nameof(ProductInput.Sku)] = "Another product took this SKU or slug at the same moment. Please save again." });
        }

        await cache.ChangedAsync(cancellationToken);
        return (product, errors);
    }

    /// <summary>False when none of <paramref name="ids"/> is a product, or (with <paramref name="version"/>) none is at that version.</summary>
    public async Task<bool> SetPublishedAsync(IReadOnlyCollection<int> ids, bool published, CancellationToken cancellationToken, int? version = null)
    {
        var status = published ? ProductStatus.Published : ProductStatus.Draft;
        var now = time.GetUtcNow().UtcDateTime;
        var changed = 0;
        await db.InTransactionAsync(async () =>
        {
            changed = await db.Set<Product>().Where(p => ids.Contains(p.Id) && (version == null || p.Version == version))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, status).SetProperty(p => p.UpdatedUtc, now).SetProperty(p => p.Version, p => p.Version + 1), cancellationToken);
            await CatalogChanges.RecordAsync(db, ids, now, cancellationToken);
            return true;
        }, cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        return changed > 0;
    }

    /// <summary>False when none of <paramref name="ids"/> is a product, or (with <paramref name="version"/>) none is still at that version.</summary>
    public async Task<bool> DeleteAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken, int? version = null)
    {
        var products = await db.Set<Product>().Where(p => ids.Contains(p.Id) && (version == null || p.Version == version)).ToListAsync(cancellationToken);
        db.RemoveRange(products);
        var deleted = await db.InTransactionAsync(async () =>
        {
            // A save between the read above and this delete moved the version: the delete is then refused.
            if (version is { } v && products.Count > 0 && await db.Set<Product>().Where(p => ids.Contains(p.Id) && p.Version == v)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, v + 1), cancellationToken) == 0)
            {
                db.ChangeTracker.Clear();
                return false;
            }

            await db.SaveChangesAsync(cancellationToken);
            await CatalogChanges.RecordAsync(db, products.Select(p => p.Id), time.GetUtcNow().UtcDateTime, cancellationToken);
            return true;
        }, cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        return deleted && products.Count > 0;
    }

    private async Task<string?> ResolveSlugAsync(Product? product, string? requested, string name, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var productId = product?.Id ?? 0;
        if (string.IsNullOrWhiteSpace(requested))
        {
            if (product is not null)
            {
                return product.Slug;
            }

            var generated = Slugs.From(name);
            if (generated.Length == 0)
            {
                generated = "product";
            }

            return await Slugs.UniqueAsync(generated, s => db.Set<Product>().AnyAsync(p => p.Slug == s, cancellationToken));
        }

        var slug = requested.Trim();
        if (!Slugs.IsValid(slug))
        {
            errors[nameof(ProductInput.Slug)] = localizer["Use lowercase letters, digits and hyphens only, such as \"{0}\".", Slugs.From(slug)];
            return null;
        }

        if (await db.Set<Product>().Where(p => p.Slug == slug && p.Id != productId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) is { } holder)
        {
            errors[nameof(ProductInput.Slug)] = localizer["The slug \"{0}\" is already used by \"{1}\".", slug, holder];
        }

        return slug;
    }

    private async Task<List<int>> ResolveCategoriesAsync(IReadOnlyList<string> slugs, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var wanted = slugs.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim().ToLowerInvariant()).Distinct().ToList();
        var found = await db.Set<Category>().Where(c => wanted.Contains(c.Slug)).Select(c => new { c.Id, c.Slug }).ToListAsync(cancellationToken);
        var missing = wanted.Except(found.Select(f => f.Slug)).ToList();
        if (missing.Count > 0)
        {
            errors[nameof(ProductInput.Categories)] = localizer["There is no category {0}.", string.Join(", ", missing.Select(m => $"\"{m}\""))];
        }

        return found.Select(f => f.Id).ToList();
    }

    private async Task<Dictionary<int, string>> ResolveAttributesAsync(IReadOnlyDictionary<string, string?> input, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, string>();
        if (input.Count == 0)
        {
            return result;
        }

        var definitions = await db.Set<AttributeDefinition>().AsNoTracking().ToListAsync(cancellationToken);
        foreach (var (slug, raw) in input)
        {
            var key = $"{nameof(ProductInput.Attributes)}.{slug}";
            if (definitions.FirstOrDefault(d => string.Equals(d.Slug, slug, StringComparison.OrdinalIgnoreCase)) is not { } definition)
            {
                errors[key] = localizer["There is no attribute \"{0}\".", slug];
            }
            else if (!string.IsNullOrWhiteSpace(raw))
            {
                if (AttributeValues.Normalize(definition, raw, localizer, out var value) is { } problem)
                {
                    errors[key] = problem;
                }
                else
                {
                    result[definition.Id] = value;
                }
            }
        }

        return result;
    }

    private async Task<IReadOnlyList<ImageInput>> ResolveImagesAsync(IReadOnlyList<ImageInput> images, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        foreach (var image in images)
        {
            if (!MediaUrls.IsKey(image.Key) || !await media.ExistsAsync(image.Key, cancellationToken))
            {
                errors[nameof(ProductInput.Images)] = localizer["An image was not found; upload it again."];
            }
            else if (image.Alt is { Length: > ProductImage.AltMaxLength })
            {
                errors[nameof(ProductInput.Images)] = localizer["Alt text must be at most {0} characters.", ProductImage.AltMaxLength];
            }
        }

        return images.DistinctBy(i => i.Key).ToList();
    }

    private string? Limit(string? text, int max, string field, Dictionary<string, string> errors)
    {
        text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (text is { Length: var length } && length > max)
        {
            errors[field] = localizer["At most {0} characters.", max];
        }

        return text;
    }
}
