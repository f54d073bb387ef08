using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Store.Catalog;
using Store.Core.Security;
using Store.Core.Sites;
using Store.Promotions.Coupons;
using Store.Promotions.Pricing;

namespace Store.Promotions.Areas.Admin.Pages.Coupons;

/// <summary>
/// <c>/admin/coupons</c>: every coupon with its uses, and the form for a new one; <c>?id=</c> opens one in the
/// form with its usage report. Amounts are typed in major units ("10.00") and kept in minor units.
/// </summary>
[RequirePermission(PromotionsPermissions.ManagePromotionsName)]
public sealed class IndexModel(CouponEditor editor, CouponQueries queries, SiteState site, IStringLocalizer<IndexModel> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public int? EditId { get; set; }

    [BindProperty]
    public CouponForm Coupon { get; set; } = new();

    public IReadOnlyList<CouponResponse> Coupons { get; private set; } = [];

    public CouponUsage? Usage { get; private set; }

    public string Currency { get; private set; } = "USD";

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (EditId is { } id)
        {
            if (Coupons.FirstOrDefault(c => c.Id == id) is not { } coupon)
            {
                return NotFound();
            }

            Coupon = CouponForm.From(coupon, Currency);
            Usage = await queries.UsageAsync(id, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        Currency = (await site.GetAsync(cancellationToken))?.Currency ?? "USD";
        var (input, errors) = Coupon.ToInput(Currency, localizer);
        var result = errors.Count > 0 ? Core.Data.EditResult.Invalid<Coupon>(errors) : await editor.SaveAsync(EditId, input, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.IsSaved)
        {
            Message = localizer["Saved the coupon {0}.", result.Value!.Code];
            return RedirectToPage(new { id = result.Value.Id });
        }

        foreach (var (field, message) in result.Errors)
        {
            Errors[field] = message;
        }

        await LoadAsync(cancellationToken);
        Usage = EditId is { } id ? await queries.UsageAsync(id, cancellationToken) : null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Currency = (await site.GetAsync(cancellationToken))?.Currency ?? "USD";
        Coupons = await queries.ListAsync(null, cancellationToken);
    }

    public sealed class CouponForm
    {
        public string? Code { get; set; }

        public string? Description { get; set; }

        public string Kind { get; set; } = "percentage";

        public string? Percent { get; set; }

        public string? Amount { get; set; }

        public string? MinimumSubtotal { get; set; }

        public DateTime? StartsUtc { get; set; }

        public DateTime? EndsUtc { get; set; }

        public int? UsageLimit { get; set; }

        public int? PerCustomerLimit { get; set; }

        public bool Active { get; set; } = true;

        public string? Categories { get; set; }

        public string? Products { get; set; }

        public static CouponForm From(CouponResponse c, string currency) => new()
        {
            Code = c.Code,
            Description = c.Description,
            Kind = c.Kind,
            Percent = c.Percent == 0 ? null : c.Percent.ToString("0.##", CultureInfo.InvariantCulture),
            Amount = c.Amount == 0 ? null : Prices.FormatFixed(c.Amount, currency),
            MinimumSubtotal = c.MinimumSubtotal == 0 ? null : Prices.FormatFixed(c.MinimumSubtotal, currency),
            StartsUtc = c.StartsUtc,
            EndsUtc = c.EndsUtc,
            UsageLimit = c.UsageLimit,
            PerCustomerLimit = c.PerCustomerLimit,
            Active = c.Active,
            Categories = string.Join(", ", c.Categories),
            Products = string.Join(", ", c.Products),
        };

        /// <summary>The editor's input, or the fields whose text is not an amount.</summary>
        public (CouponInput Input, Dictionary<string, string> Errors) ToInput(string currency, IStringLocalizer localizer)
        {
            var errors = new Dictionary<string, string>();
            long? Money(string? text, string field)
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (Prices.TryParse(text, currency, out var minor))
                {
                    return minor;
                }

                errors[field] = localizer["Enter an amount such as {0}.", Prices.FormatFixed(1000, currency)!];
                return null;
            }

            decimal? percent = null;
            if (!string.IsNullOrWhiteSpace(Percent))
            {
                if (decimal.TryParse(Percent.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p))
                {
                    percent = p;
                }
                else
                {
                    errors[nameof(Percent)] = localizer["Enter a percentage such as 10 or 12.5."];
                }
            }

            var input = new CouponInput(Code, Description, Kind, percent, Money(Amount, nameof(Amount)), Money(MinimumSubtotal, nameof(MinimumSubtotal)),
                StartsUtc, EndsUtc, UsageLimit, PerCustomerLimit, Active, Targets.Split(Categories), Targets.Split(Products));
            return (input, errors);
        }
    }
}
