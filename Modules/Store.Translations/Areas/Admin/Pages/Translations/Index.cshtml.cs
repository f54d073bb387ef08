using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Store.Core.Security;
using Store.Translations.Api;
using Store.Translations.Checks;
using Store.Translations.Overrides;

namespace Store.Translations.Areas.Admin.Pages.Translations;

/// <summary>
/// <c>/admin/translations</c>: a culture's coverage by module (each linking to its missing strings), the PO export
/// and the PO import, whose errors are listed by line and then nothing is saved.
/// </summary>
[RequirePermission(TranslationsPermissions.ManageTranslationsName)]
public sealed class IndexModel(TranslationDesk desk, PoExchange exchange, IStringLocalizer<IndexModel> localizer) : PageModel
{
    private const int MaxImportBytes = 2_000_000;

    [BindProperty(SupportsGet = true, Name = "culture")]
    public string? Culture { get; set; }

    public IReadOnlyList<string> Cultures => desk.Cultures;

    public IReadOnlyList<ModuleCoverage> Coverage { get; private set; } = [];

    public IReadOnlyList<CheckProblem> ImportErrors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return File(System.Text.Encoding.UTF8.GetBytes(await exchange.ExportAsync(Culture!, cancellationToken)), "text/x-gettext-translation", $"{Culture}.po");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (file is null || file.Length == 0 || file.Length > MaxImportBytes)
        {
            ImportErrors = [new CheckProblem(true, string.Empty, 0, localizer["Choose a PO file of at most 2 MB."])];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        using var reader = new StreamReader(file.OpenReadStream());
        var imported = await exchange.ImportAsync(Culture!, await reader.ReadToEndAsync(cancellationToken), TranslationApiEndpoints.Actor(User), cancellationToken);
        if (imported.Errors.Count > 0)
        {
            ImportErrors = imported.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Message = localizer["Imported {0}: {1} translation(s) changed.", file.FileName, imported.Changed];
        return RedirectToPage(new { culture = Culture });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Culture ??= desk.FirstCulture;
        if (!desk.IsCulture(Culture))
        {
            return false;
        }

        Coverage = await desk.CoverageAsync(Culture!, cancellationToken);
        return true;
    }
}
