using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Content.Snippets;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Content.Areas.Admin.Pages.Content;

/// <summary><c>/admin/content/texts</c>: the shop's fixed-place texts, such as shipping and returns on product pages.</summary>
[RequirePermission(ContentPermissions.ManageContentName)]
public sealed class TextsModel(StoreDbContext db, SnippetEditor editor, IStringLocalizer<TextsModel> localizer) : PageModel
{
    public Dictionary<string, string> Texts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [TempData]
    public string? Message { get; set; }

    /// <summary>What the admin calls the place, in the reader's language; written out per key so extraction finds it.</summary>
    public string NameOf(string key) => key switch
    {
        SnippetKeys.ProductShipping => localizer["Shipping and returns, on every product page"],
        _ => SnippetKeys.Names.GetValueOrDefault(key, key),
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var saved = await db.Set<ContentSnippet>().AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Markdown, cancellationToken);
        foreach (var key in SnippetKeys.Names.Keys)
        {
            Texts[key] = saved.GetValueOrDefault(key) ?? string.Empty;
        }
    }

    public async Task<IActionResult> OnPostAsync(string key, string? markdown, CancellationToken cancellationToken)
    {
        var result = await editor.SaveAsync(key, markdown, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.IsSaved)
        {
            Message = localizer["Saved: {0}.", NameOf(key)];
            return RedirectToPage();
        }

        await OnGetAsync(cancellationToken);
        Texts[key] = markdown ?? string.Empty;
        Errors[key] = result.Errors.Values.First();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
