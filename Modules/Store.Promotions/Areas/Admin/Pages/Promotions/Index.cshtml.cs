using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Store.Core.Security;
using Store.Promotions.Pricing;
using Store.Promotions.Sales;

namespace Store.Promotions.Areas.Admin.Pages.Promotions;

/// <summary><c>/admin/promotions</c>: automatic promotions (a percentage off categories or products for a period); <c>?id=</c> opens one in the form.</summary>
[RequirePermission(PromotionsPermissions.ManagePromotionsName)]
public sealed class IndexModel(PromotionEditor editor, PromotionQueries queries, IStringLocalizer<IndexModel> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public int? EditId { get; set; }

    [BindProperty]
    public PromotionForm Promotion { get; set; } = new();

    public IReadOnlyList<PromotionResponse> Promotions { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Promotions = await queries.ListAsync(null, cancellationToken);
        if (EditId is { } id)
        {
            if (Promotions.FirstOrDefault(p => p.Id == id) is not { } p)
            {
                return NotFound();
            }

            Promotion = new PromotionForm
            {
                Name = p.Name,
                Percent = p.Percent.ToString("0.##", CultureInfo.InvariantCulture),
                StartsUtc = p.StartsUtc,
                EndsUtc = p.EndsUtc,
                Active = p.Active,
                Categories = string.Join(", ", p.Categories),
                Products = string.Join(", ", p.Products),
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        decimal? percent = decimal.TryParse(Promotion.Percent?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p) ? p : null;
        var result = await editor.SaveAsync(EditId, new PromotionInput(Promotion.Name, percent, Promotion.StartsUtc, Promotion.EndsUtc, Promotion.Active,
            Targets.Split(Promotion.Categories), Targets.Split(Promotion.Products)), cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.IsSaved)
        {
            Message = localizer["Saved the promotion “{0}”.", result.Value!.Name];
            return RedirectToPage(new { id = (int?)null });
        }

        foreach (var (field, message) in result.Errors)
        {
            Errors[field] = message;
        }

        Promotions = await queries.ListAsync(null, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public sealed class PromotionForm
    {
        public string? Name { get; set; }

        public string? Percent { get; set; }

        public DateTime? StartsUtc { get; set; }

        public DateTime? EndsUtc { get; set; }

        public bool Active { get; set; } = true;

        public string? Categories { get; set; }

        public string? Products { get; set; }
    }
}
