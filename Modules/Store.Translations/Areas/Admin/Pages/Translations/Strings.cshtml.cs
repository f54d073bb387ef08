using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Store.Core.Security;
using Store.Translations.Overrides;

namespace Store.Translations.Areas.Admin.Pages.Translations;

/// <summary><c>/admin/translations/strings</c>: a culture's strings, filtered by module and state, 50 a page, each linking to its editor.</summary>
[RequirePermission(TranslationsPermissions.ManageTranslationsName)]
public sealed class StringsModel(TranslationDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "culture")]
    public string? Culture { get; set; }

    [BindProperty(SupportsGet = true, Name = "module")]
    public string? Module { get; set; }

    [BindProperty(SupportsGet = true, Name = "state")]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<string> Modules { get; private set; } = [];

    public IReadOnlyList<TranslationRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + TranslationDesk.PageSize - 1) / TranslationDesk.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Culture ??= desk.FirstCulture;
        TranslationState? state = null;
        if (!string.IsNullOrEmpty(State))
        {
            if (!Enum.TryParse<TranslationState>(State, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return BadRequest();
            }

            state = parsed;
        }

        if (!desk.IsCulture(Culture))
        {
            return NotFound();
        }

        Modules = [.. (await desk.CoverageAsync(Culture!, cancellationToken)).Select(c => c.Module)];
        var rows = await desk.ListAsync(Culture!, string.IsNullOrEmpty(Module) ? null : Module, state, cancellationToken);
        Total = rows.Count;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = [.. rows.Skip((PageNumber - 1) * TranslationDesk.PageSize).Take(TranslationDesk.PageSize)];
        return Page();
    }

    public string EditUrl(TranslationRow row) =>
        $"/admin/translations/edit?culture={Uri.EscapeDataString(Culture!)}&id={Uri.EscapeDataString(row.Id)}" + (row.Context is null ? string.Empty : $"&context={Uri.EscapeDataString(row.Context)}");

    public string PageUrl(int page) =>
        $"?culture={Uri.EscapeDataString(Culture!)}&module={Uri.EscapeDataString(Module ?? string.Empty)}&state={Uri.EscapeDataString(State ?? string.Empty)}&page={page}";
}
