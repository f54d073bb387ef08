using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Store.Core.Security;
using Store.Translations.Api;
using Store.Translations.Overrides;

namespace Store.Translations.Areas.Admin.Pages.Translations;

/// <summary>
/// <c>/admin/translations/edit</c>: one string's source, context and the places it is used, with a field per plural
/// form of the culture. Saving is live at once on every node; emptying every field goes back to the shipped file.
/// </summary>
[RequirePermission(TranslationsPermissions.ManageTranslationsName)]
public sealed class EditModel(TranslationDesk desk, IStringLocalizer<EditModel> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "culture")]
    public string? Culture { get; set; }

    [BindProperty(SupportsGet = true, Name = "id")]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "context")]
    public string? MessageContext { get; set; }

    [BindProperty]
    public List<string> Forms { get; set; } = [];

    public TranslationRow? Row { get; private set; }

    public int FormCount => Row is { IsPlural: true } ? desk.PluralCount(Culture!) : 1;

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Forms = [.. Row!.Forms];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var saved = await desk.SaveAsync(Culture!, MessageContext, Id!, Forms, TranslationApiEndpoints.Actor(User), "admin", cancellationToken);
        if (!saved.IsSaved)
        {
            Error = saved.Errors.Values.FirstOrDefault();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Message = localizer["Saved: shoppers read it now."];
        return Redirect(Request.Path + Request.QueryString);
    }

    /// <summary>The counts a plural form is used for, as examples beside its field (the first few of 0..200).</summary>
    public string Examples(int form)
    {
        var rule = desk.PluralRuleOf(Culture!);
        return string.Join(", ", Enumerable.Range(0, 201).Where(n => rule.Select(n) == form).Take(4));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Culture ??= desk.FirstCulture;
        if (!desk.IsCulture(Culture) || string.IsNullOrEmpty(Id))
        {
            return false;
        }

        Row = await desk.FindAsync(Culture!, MessageContext, Id, cancellationToken);
        return Row is not null;
    }
}
