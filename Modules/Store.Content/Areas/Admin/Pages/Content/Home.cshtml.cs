using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Content.Home;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Content.Areas.Admin.Pages.Content;

/// <summary>
/// <c>/admin/content/home</c>: the home page's sections in order, each with its own form; add, move, hide or remove
/// them. Every change goes through <see cref="HomeEditor"/>, which evicts the cached home page.
/// </summary>
[RequirePermission(ContentPermissions.ManageContentName)]
public sealed class HomeModel(StoreDbContext db, HomeEditor editor, IStringLocalizer<HomeModel> localizer) : PageModel
{
    public IReadOnlyList<HomeSection> Sections { get; private set; } = [];

    /// <summary>The section whose save failed, with what was typed, and its errors.</summary>
    public int? FailedId { get; private set; }

    public SectionForm? Failed { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(int id, SectionForm section, CancellationToken cancellationToken)
    {
        var result = await editor.SaveAsync(id, section.ToInput(HomeSectionKind.Hero), cancellationToken);
        return await AnswerAsync(result, id, section, localizer["Section saved."], cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAsync(HomeSectionKind kind, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(kind))
        {
            return BadRequest();
        }

        // A new section starts hidden with defaults, so the page does not change until it is filled in and shown.
        var defaults = new SectionForm { Visible = false, Heading = kind == HomeSectionKind.Hero ? "Welcome" : null, Count = 8 };
        var result = await editor.SaveAsync(null, defaults.ToInput(kind), cancellationToken);
        Message = result.IsSaved ? localizer["Section added at the end, hidden: fill it in, tick Shown and save."] : result.Errors.Values.First();
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, int offset, CancellationToken cancellationToken)
    {
        await editor.MoveAsync(id, offset, cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken)
    {
        Message = await editor.DeleteAsync(id, cancellationToken) ? localizer["Section removed."] : localizer["That section was already removed."];
        return RedirectToPage();
    }

    private async Task<IActionResult> AnswerAsync(Store.Core.Data.EditResult<HomeSection> result, int id, SectionForm sent, string saved, CancellationToken cancellationToken)
    {
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.IsSaved)
        {
            Message = saved;
            return RedirectToPage();
        }

        FailedId = id;
        Failed = sent;
        foreach (var (field, message) in result.Errors)
        {
            Errors[field] = message;
        }

        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Sections = await db.Set<HomeSection>().AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken);

    public sealed class SectionForm
    {
        public bool Visible { get; set; }

        public string? Heading { get; set; }

        public string? Text { get; set; }

        public string? ImageUrl { get; set; }

        public string? ImageAlt { get; set; }

        public string? LinkText { get; set; }

        public string? LinkUrl { get; set; }

        public string? Items { get; set; }

        public int? Count { get; set; }

        public static SectionForm From(HomeSection s) => new()
        {
            Visible = s.IsVisible,
            Heading = s.Heading,
            Text = s.Text,
            ImageUrl = s.ImageUrl,
            ImageAlt = s.ImageAlt,
            LinkText = s.LinkText,
            LinkUrl = s.LinkUrl,
            Items = s.Items,
            Count = s.Count,
        };

        public HomeSectionInput ToInput(HomeSectionKind kind) => new(kind, Visible, Heading, Text, ImageUrl, ImageAlt, LinkText, LinkUrl, Items, Count);
    }
}
