using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Content.Menus;
using Store.Content.Pages;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Content.Areas.Admin.Pages.Content;

/// <summary><c>/admin/content/menus</c>: the header and footer links, each menu saved as a whole (empty rows are dropped).</summary>
[RequirePermission(ContentPermissions.ManageContentName)]
public sealed class MenusModel(StoreDbContext db, MenuEditor editor, IStringLocalizer<MenusModel> localizer) : PageModel
{
    private const int EmptyRows = 3;

    public Dictionary<string, List<MenuLink>> Menus { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<ContentPage> PublishedPages { get; private set; } = [];

    public string? FailedMenu { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var menus = await MenuEditor.LoadAsync(db, cancellationToken);
        foreach (var name in MenuNames.All)
        {
            Menus[name] = [.. menus[name]];
        }

        await LoadPagesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string menu, List<MenuLinkForm> links, CancellationToken cancellationToken)
    {
        var sent = links.Select(l => new MenuLink(l.Label ?? string.Empty, l.Url ?? string.Empty)).ToList();
        var result = await editor.SaveAsync(menu, sent, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.IsSaved)
        {
            Message = menu == MenuNames.Footer ? localizer["The footer menu is saved."] : localizer["The header menu is saved."];
            return RedirectToPage();
        }

        var menus = await MenuEditor.LoadAsync(db, cancellationToken);
        foreach (var name in MenuNames.All)
        {
            Menus[name] = name == menu ? sent.Where(l => l.Label.Trim().Length > 0 || l.Url.Trim().Length > 0).ToList() : [.. menus[name]];
        }

        FailedMenu = menu;
        foreach (var (field, message) in result.Errors)
        {
            Errors[field] = message;
        }

        await LoadPagesAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public IEnumerable<MenuLink> RowsOf(string menu) => Menus[menu].Concat(Enumerable.Repeat(new MenuLink(string.Empty, string.Empty), EmptyRows));

    private async Task LoadPagesAsync(CancellationToken cancellationToken) =>
        PublishedPages = await db.Set<ContentPage>().AsNoTracking().Where(p => p.IsPublished).OrderBy(p => p.Title).ToListAsync(cancellationToken);

    public sealed class MenuLinkForm
    {
        public string? Label { get; set; }

        public string? Url { get; set; }
    }
}
