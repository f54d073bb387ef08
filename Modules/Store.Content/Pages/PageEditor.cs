using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog;
using Store.Core.Data;
using Store.Core.Text;

namespace Store.Content.Pages;

/// <summary>
/// Saves and deletes content pages for the admin and recipes alike. A changed slug keeps the old one as a
/// redirect (301), so links already shared still land on the page.
/// </summary>
public sealed class PageEditor(StoreDbContext db, ContentCache cache, TimeProvider time, IStringLocalizer<PageEditor> localizer)
{
    public async Task<EditResult<ContentPage>> SaveAsync(int? id, PageInput input, CancellationToken cancellationToken)
    {
        var page = id is null ? new ContentPage() : await db.Set<ContentPage>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (page is null)
        {
            return EditResult.Missing<ContentPage>();
        }

        var title = input.Title?.Trim() ?? string.Empty;
        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slugs.From(title) : input.Slug.Trim();
        var errors = Validate(input, title, slug);
        if (errors.Count == 0 && await db.Set<ContentPage>().AnyAsync(p => p.Slug == slug && p.Id != page.Id, cancellationToken))
        {
            errors[nameof(PageInput.Slug)] = localizer["Another page already has the address /pages/{0}.", slug];
        }

        if (errors.Count > 0)
        {
            return EditResult.Invalid<ContentPage>(errors);
        }

        var oldSlug = page.Slug;
        page.Title = title;
        page.Slug = slug;
        page.Markdown = input.Markdown?.Trim() ?? string.Empty;
        page.Html = SafeMarkdown.ToHtml(page.Markdown);
        page.IsPublished = input.Published;
        page.MetaTitle = ContentText.OrNull(input.MetaTitle);
        page.MetaDescription = ContentText.OrNull(input.MetaDescription);
        page.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        if (id is null)
        {
            db.Add(page);
        }

        try
        {
            await db.AllOrNothingAsync(async () =>
            {
                // The new slug no longer redirects elsewhere; the old one now redirects here.
                await db.Set<PageSlugRedirect>().Where(r => r.Slug == slug).ExecuteDeleteAsync(cancellationToken);
                if (oldSlug.Length > 0 && oldSlug != slug)
                {
                    await db.Set<PageSlugRedirect>().Where(r => r.Slug == oldSlug).ExecuteDeleteAsync(cancellationToken);
                    db.Add(new PageSlugRedirect { Slug = oldSlug, PageId = page.Id });
                }

                await db.SaveChangesAsync(cancellationToken);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save took the slug between the check and the write: the unique index decided.
            db.ChangeTracker.Clear();
            return EditResult.Invalid<ContentPage>(nameof(PageInput.Slug), localizer["Another page took this address at the same moment. Please save again."]);
        }

        await cache.ChangedAsync(cancellationToken);
        return EditResult.Saved(page);
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var deleted = await db.Set<ContentPage>().Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
        if (deleted)
        {
            await cache.ChangedAsync(cancellationToken);
        }

        return deleted;
    }

    private Dictionary<string, string> Validate(PageInput input, string title, string slug)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (title.Length == 0)
        {
            errors[nameof(PageInput.Title)] = localizer["Enter a title."];
        }
        else if (title.Length > ContentPage.TitleMaxLength)
        {
            errors[nameof(PageInput.Title)] = localizer["The title must be at most {0} characters.", ContentPage.TitleMaxLength];
        }

        if (title.Length > 0 && !Slugs.IsValid(slug))
        {
            errors[nameof(PageInput.Slug)] = localizer["Use lowercase letters, digits and single hyphens (for example shipping-and-returns)."];
        }

        if ((input.Markdown?.Length ?? 0) > ContentPage.BodyMaxLength)
        {
            errors[nameof(PageInput.Markdown)] = localizer["The text must be at most {0:N0} characters.", ContentPage.BodyMaxLength];
        }

        if ((input.MetaTitle?.Trim().Length ?? 0) > ContentPage.MetaTitleMaxLength)
        {
            errors[nameof(PageInput.MetaTitle)] = localizer["The search engine title must be at most {0} characters.", ContentPage.MetaTitleMaxLength];
        }

        if ((input.MetaDescription?.Trim().Length ?? 0) > ContentPage.MetaDescriptionMaxLength)
        {
            errors[nameof(PageInput.MetaDescription)] = localizer["The search engine description must be at most {0} characters.", ContentPage.MetaDescriptionMaxLength];
        }

        return errors;
    }
}
