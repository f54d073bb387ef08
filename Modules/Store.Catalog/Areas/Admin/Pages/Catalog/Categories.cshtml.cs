using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Store.Catalog.Categories;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary>The category tree, with one form to add a category or change the one being edited.</summary>
[RequirePermission("Catalog.ManageCategories")]
public sealed class CategoriesModel(StoreDbContext db, CategoryEditor editor, IStringLocalizer<CategoriesModel> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Edit { get; set; }

    [BindProperty]
    public CategoryInputForm Form { get; set; } = new();

    public IReadOnlyList<(CategoryNode Node, int Depth)> Tree { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var tree = await CategoryTree.LoadAsync(db, cancellationToken);
        Tree = tree.Flatten();
        if (Edit is { } id)
        {
            if (tree.Find(id) is not { } node)
            {
                return NotFound();
            }

            Form = new CategoryInputForm
            {
                Version = node.Version,
                Name = node.Name,
                Slug = node.Slug,
                Description = node.Description,
                Parent = node.ParentId is { } p ? tree.Find(p)?.Slug : null,
                SortOrder = node.SortOrder,
                ReturnDays = node.ReturnDays?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var (days, daysError) = ReturnDaysField.Parse(Form.ReturnDays, localizer);
        var (category, errors) = daysError is not null
            ? (null, new Dictionary<string, string> { [nameof(CategoryInput.ReturnDays)] = daysError })
            : await editor.SaveAsync(Edit, new CategoryInput(Form.Name, Form.Slug, Form.Description, Form.Parent, Form.SortOrder, Form.Version, days), cancellationToken);
        if (category is null)
        {
            foreach (var (key, message) in errors)
            {
                Errors[key] = message;
            }

            var tree = await CategoryTree.LoadAsync(db, cancellationToken);
            Tree = tree.Flatten();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            if (EditConflict.IsConflict(errors))
            {
                // Their input stays as posted; saving again from here means "mine over theirs", knowingly.
                Form.Version = Edit is { } id ? tree.Find(id)?.Version : null;
                Response.StatusCode = StatusCodes.Status409Conflict;
            }

            return Page();
        }

        Message = localizer["Saved \"{0}\".", category.Name];
        return RedirectToPage();
    }

    public sealed class CategoryInputForm
    {
        /// <summary>The category's version when the form was opened (a hidden field).</summary>
        public int? Version { get; set; }

        public string? Name { get; set; }

        public string? Slug { get; set; }

        public string? Description { get; set; }

        public string? Parent { get; set; }

        public int SortOrder { get; set; }

        /// <summary>As typed: empty for the shop's default period.</summary>
        public string? ReturnDays { get; set; }
    }
}
