using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.Contracts;
using Store.Content.Menus;
using Store.Core.Data;

namespace Store.Content.Home;

/// <summary>Adds, changes, moves and removes the home page's sections, for the admin and the recipe alike.</summary>
public sealed class HomeEditor(StoreDbContext db, ContentCache cache, ICatalogShowcase catalog, IStringLocalizer<HomeEditor> localizer)
{
    /// <summary>Saves section <paramref name="id"/>, or adds one at the end when it is null; an existing section keeps its kind.</summary>
    public async Task<EditResult<HomeSection>> SaveAsync(int? id, HomeSectionInput input, CancellationToken cancellationToken)
    {
        var section = id is null
            ? new HomeSection { Kind = input.Kind }
            : await db.Set<HomeSection>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (section is null)
        {
            return EditResult.Missing<HomeSection>();
        }

        var errors = await ValidateAsync(section.Kind, input, cancellationToken);
        if (errors.Count > 0)
        {
            return EditResult.Invalid<HomeSection>(errors);
        }

        section.IsVisible = input.Visible;
        section.Heading = ContentText.OrNull(input.Heading);
        section.Text = ContentText.OrNull(input.Text);
        section.ImageUrl = ContentText.OrNull(input.ImageUrl);
        section.ImageAlt = ContentText.OrNull(input.ImageAlt);
        section.LinkText = ContentText.OrNull(input.LinkText);
        section.LinkUrl = ContentText.OrNull(input.LinkUrl);
        section.Items = string.Join('\n', HomeSection.SplitItems(input.Items));
        section.Count = input.Count ?? section.Count;
        if (id is null)
        {
            section.Position = (await db.Set<HomeSection>().MaxAsync(s => (int?)s.Position, cancellationToken) ?? -1) + 1;
            db.Add(section);
        }

        await db.SaveChangesAsync(cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        return EditResult.Saved(section);
    }

    /// <summary>Swaps the section with its neighbour above (<paramref name="offset"/> -1) or below (+1); false at either end or when it is gone.</summary>
    public async Task<bool> MoveAsync(int id, int offset, CancellationToken cancellationToken)
    {
        var sections = await db.Set<HomeSection>().OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var index = sections.FindIndex(s => s.Id == id);
        var other = index + Math.Sign(offset);
        if (index < 0 || other < 0 || other >= sections.Count)
        {
            return false;
        }

        (sections[index], sections[other]) = (sections[other], sections[index]);
        for (var i = 0; i < sections.Count; i++)
        {
            sections[i].Position = i;
        }

        await db.SaveChangesAsync(cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var deleted = await db.Set<HomeSection>().Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
        await cache.ChangedAsync(cancellationToken);
        return deleted;
    }

    /// <summary>Removes every section: a recipe's <c>home</c> step describes the whole page.</summary>
    public Task ClearAsync(CancellationToken cancellationToken) => db.Set<HomeSection>().ExecuteDeleteAsync(cancellationToken);

    private async Task<Dictionary<string, string>> ValidateAsync(HomeSectionKind kind, HomeSectionInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        void Max(string field, string? value, int max)
        {
            if ((value?.Trim().Length ?? 0) > max)
            {
                errors[field] = localizer["At most {0} characters.", max];
            }
        }

        Max(nameof(input.Heading), input.Heading, HomeSection.HeadingMaxLength);
        Max(nameof(input.Text), input.Text, HomeSection.TextMaxLength);
        Max(nameof(input.ImageAlt), input.ImageAlt, HomeSection.HeadingMaxLength);
        Max(nameof(input.LinkText), input.LinkText, HomeSection.HeadingMaxLength);
        Max(nameof(input.Items), input.Items, HomeSection.ItemsMaxLength);
        if (kind == HomeSectionKind.Hero && string.IsNullOrWhiteSpace(input.Heading))
        {
            errors[nameof(input.Heading)] = localizer["A hero needs a heading."];
        }

        // Pictures come from this shop (the Content-Security-Policy allows no other image source).
        if (!string.IsNullOrWhiteSpace(input.ImageUrl) && !(input.ImageUrl.Trim().StartsWith('/') && !input.ImageUrl.Trim().StartsWith("//", StringComparison.Ordinal)))
        {
            errors[nameof(input.ImageUrl)] = localizer["Use a picture of this shop: an address starting with /media/ (open a product picture and copy its address)."];
        }
        else if (!string.IsNullOrWhiteSpace(input.ImageUrl) && string.IsNullOrWhiteSpace(input.ImageAlt))
        {
            errors[nameof(input.ImageAlt)] = localizer["Describe the picture for people who cannot see it."];
        }

        if (!string.IsNullOrWhiteSpace(input.LinkUrl) && !MenuEditor.IsAllowedUrl(input.LinkUrl.Trim()))
        {
            errors[nameof(input.LinkUrl)] = localizer["Enter an address of this shop starting with / (for example /products), or an https:// address."];
        }
        else if (!string.IsNullOrWhiteSpace(input.LinkUrl) && string.IsNullOrWhiteSpace(input.LinkText))
        {
            errors[nameof(input.LinkText)] = localizer["Enter the button's text."];
        }

        if (input.Count is < 1 or > HomeSection.MaxCount)
        {
            errors[nameof(input.Count)] = localizer["Show between 1 and {0} products.", HomeSection.MaxCount];
        }

        var items = HomeSection.SplitItems(input.Items);
        if (kind == HomeSectionKind.Featured && items.Count == 0 && input.Visible)
        {
            errors[nameof(input.Items)] = localizer["List at least one product to show (its address name, for example blue-mug), or untick Shown."];
        }
        else if (kind == HomeSectionKind.Featured && await catalog.UnknownProductSlugsAsync(items, cancellationToken) is { Count: > 0 } unknownProducts)
        {
            errors[nameof(input.Items)] = localizer["No product has the address name {0}.", string.Join(", ", unknownProducts)];
        }
        else if (kind == HomeSectionKind.Categories && await catalog.UnknownCategorySlugsAsync(items, cancellationToken) is { Count: > 0 } unknownCategories)
        {
            errors[nameof(input.Items)] = localizer["No category has the address name {0}.", string.Join(", ", unknownCategories)];
        }

        return errors;
    }
}
