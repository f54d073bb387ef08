using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;
using Store.Catalog.Attributes;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary>Attribute definitions: name, type (text, number, yes/no, choice list) and the choices.</summary>
[RequirePermission("Catalog.ManageAttributes")]
public sealed class AttributesModel(StoreDbContext db, AttributeEditor editor, IStringLocalizer<AttributesModel> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Edit { get; set; }

    /// <summary>The attribute's version when the form was opened (a hidden field).</summary>
    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Slug { get; set; }

    [BindProperty]
    public AttributeType Type { get; set; }

    [BindProperty]
    public string? Choices { get; set; }

    [BindProperty]
    public int SortOrder { get; set; }

    public IReadOnlyList<AttributeDefinition> All { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        All = await LoadAsync(cancellationToken);
        if (Edit is { } id)
        {
            if (All.FirstOrDefault(a => a.Id == id) is not { } attribute)
            {
                return NotFound();
            }

            (Version, Name, Slug, Type, Choices, SortOrder) = (attribute.Version, attribute.Name, attribute.Slug, attribute.Type, string.Join('\n', attribute.Choices), attribute.SortOrder);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var choices = (Choices ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var (attribute, errors) = await editor.SaveAsync(Edit, new AttributeInput(Name, Slug, Type, choices, SortOrder, Version), cancellationToken);
        if (attribute is null)
        {
            foreach (var (key, message) in errors)
            {
                Errors[key] = message;
            }

            All = await LoadAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            if (EditConflict.IsConflict(errors))
            {
                // Their input stays as posted; saving again from here means "mine over theirs", knowingly.
                Version = All.FirstOrDefault(a => a.Id == Edit)?.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
            }

            return Page();
        }

        Message = localizer["Saved \"{0}\".", attribute.Name];
        return RedirectToPage();
    }

    private Task<List<AttributeDefinition>> LoadAsync(CancellationToken cancellationToken) =>
        db.Set<AttributeDefinition>().AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).ToListAsync(cancellationToken);
}
