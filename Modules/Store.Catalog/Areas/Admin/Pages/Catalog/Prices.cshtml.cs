using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Store.Catalog.PriceHistory;
using Store.Core.Security;

namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary><c>/admin/catalog/prices</c>: whether discounts show the lowest price of the previous 30 days.</summary>
[RequirePermission("Catalog.ManageProducts")]
public sealed class PricesModel(PriorPrices prior, IStringLocalizer<PricesModel> localizer) : PageModel
{
    public bool Show { get; private set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Show = await prior.ShownAsync(cancellationToken);

    // Read as text: a value other than true/false is refused here with a message (400), nothing saved.
    public async Task<IActionResult> OnPostAsync(string[]? show, CancellationToken cancellationToken)
    {
        if (show is not { Length: > 0 } || show.Any(v => v is not ("true" or "false")))
        {
            Show = await prior.ShownAsync(cancellationToken);
            Error = localizer["Choose whether discounts show the prior price (yes or no)."];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // The hidden "false" comes first; a ticked box adds "true" after it.
        var on = show[^1] == "true";
        await prior.SaveAsync(on, cancellationToken);
        Message = on ? localizer["Discounts now show the lowest price of the previous 30 days."] : localizer["Discounts no longer show the lowest price of the previous 30 days."];
        return RedirectToPage();
    }
}
