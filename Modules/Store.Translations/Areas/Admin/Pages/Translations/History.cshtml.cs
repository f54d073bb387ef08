using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Store.Core.Security;
using Store.Translations.Overrides;

namespace Store.Translations.Areas.Admin.Pages.Translations;

/// <summary><c>/admin/translations/history</c>: who changed which translation, when, from what to what, latest first.</summary>
[RequirePermission(TranslationsPermissions.ManageTranslationsName)]
public sealed class HistoryModel(TranslationDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "culture")]
    public string? Culture { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<TranslationChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Culture ??= desk.FirstCulture;
        if (!desk.IsCulture(Culture))
        {
            return NotFound();
        }

        PageNumber = Math.Max(1, PageNumber);
        Changes = await desk.HistoryAsync(Culture!, PageNumber, cancellationToken);
        return Page();
    }
}
