using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Content.Pages;
using Store.Core.Data;
using Store.Core.Security;
using Store.Core.Text;

namespace Store.Content.Areas.Admin.Pages.Content;

/// <summary>
/// <c>/admin/content/pages/new</c> and <c>/{id}</c>: the page's Markdown, address, status and search engine fields.
/// "Preview" shows the sanitized HTML below the form without saving; "Save" saves through <see cref="PageEditor"/>.
/// </summary>
[RequirePermission(ContentPermissions.ManageContentName)]
public sealed class PageEditModel(StoreDbContext db, PageEditor editor, IStringLocalizer<PageEditModel> localizer) : PageModel
{
    [BindProperty]
    public PageForm Form { get; set; } = new();

    public int? PageId { get; private set; }

    public string? PreviewHtml { get; private set; }

    public string? CurrentUrl { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (!TryReadKey(key, out var id))
        {
            return NotFound();
        }

        if (id is { } existing)
        {
            var page = await db.Set<ContentPage>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == existing, cancellationToken);
            if (page is null)
            {
                return NotFound();
            }

            Form = new PageForm { Title = page.Title, Slug = page.Slug, Markdown = page.Markdown, Published = page.IsPublished, MetaTitle = page.MetaTitle, MetaDescription = page.MetaDescription };
            CurrentUrl = page.Url;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, string? submit, CancellationToken cancellationToken)
    {
        if (!TryReadKey(key, out var id))
        {
            return NotFound();
        }

        if (submit == "preview")
        {
            PreviewHtml = SafeMarkdown.ToHtml(Form.Markdown);
            return Page();
        }

        var result = await editor.SaveAsync(id, new PageInput(Form.Title, Form.Slug, Form.Markdown, Form.Published, Form.MetaTitle, Form.MetaDescription), cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.IsSaved)
        {
            foreach (var (field, message) in result.Errors)
            {
                Errors[field] = message;
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Message"] = result.Value!.IsPublished ? localizer["Saved \"{0}\": it is live at {1}.", result.Value.Title, result.Value.Url].Value : localizer["Saved \"{0}\" as a draft.", result.Value.Title].Value;
        return Redirect($"/admin/content/pages/{result.Value.Id}");
    }

    private bool TryReadKey(string key, out int? id)
    {
        id = null;
        if (key == "new")
        {
            return true;
        }

        if (int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            id = parsed;
            PageId = parsed;
            return true;
        }

        return false;
    }

    public sealed class PageForm
    {
        public string? Title { get; set; }

        public string? Slug { get; set; }

        public string? Markdown { get; set; }

        public bool Published { get; set; }

        public string? MetaTitle { get; set; }

        public string? MetaDescription { get; set; }
    }
}
