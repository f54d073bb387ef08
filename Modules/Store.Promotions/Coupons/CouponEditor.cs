using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Core.Data;
using Store.Promotions.Contracts;
using Store.Promotions.Pricing;

namespace Store.Promotions.Coupons;

/// <summary>Every change to coupons, with their rules, for the admin, the API and the <c>coupons</c> recipe step alike. A refused change writes nothing.</summary>
public sealed class CouponEditor(StoreDbContext db, IDiscounts discounts, Targets targets, TimeProvider time, IStringLocalizer<CouponEditor> localizer)
{
    public async Task<EditResult<Coupon>> SaveAsync(int? id, CouponInput input, CancellationToken cancellationToken)
    {
        var coupon = id is { } existing ? await db.Set<Coupon>().FirstOrDefaultAsync(c => c.Id == existing, cancellationToken) : null;
        if (id is not null && coupon is null)
        {
            return EditResult.Missing<Coupon>();
        }

        var errors = new Dictionary<string, string>();
        var code = discounts.Normalize(input.Code);
        if (code is null || code.Length < 3)
        {
            errors[nameof(input.Code)] = localizer["Enter a code of 3 to {0} letters, digits, dashes or underscores, such as SPRING-10.", Coupon.CodeMaxLength];
        }
        else if (await db.Set<Coupon>().AnyAsync(c => c.Code == code && c.Id != (id ?? 0), cancellationToken))
        {
            errors[nameof(input.Code)] = localizer["Another coupon already has the code {0}.", code];
        }

        var description = input.Description?.Trim() ?? "";
        if (description.Length is 0 or > Coupon.DescriptionMaxLength)
        {
            errors[nameof(input.Description)] = localizer["Enter what shoppers read on their cart, 1 to {0} characters (e.g. \"10 % off everything\").", Coupon.DescriptionMaxLength];
        }

        var kind = CouponKinds.Parse(input.Kind);
        if (kind is null)
        {
            errors[nameof(input.Kind)] = localizer["Choose the kind: percentage, fixed_amount or free_shipping."];
        }
        else if (kind == CouponKind.Percentage && input.Percent is not (> 0 and <= 100))
        {
            errors[nameof(input.Percent)] = localizer["Enter a percentage above 0 and at most 100."];
        }
        else if (kind == CouponKind.FixedAmount && input.Amount is not > 0)
        {
            errors[nameof(input.Amount)] = localizer["Enter the amount off in minor units of the shop's currency (1000 for 10.00), above 0."];
        }

        if (input.MinimumSubtotal is < 0)
        {
            errors[nameof(input.MinimumSubtotal)] = localizer["The minimum subtotal cannot be negative."];
        }

        if (input.StartsUtc is { } starts && input.EndsUtc is { } ends && ends <= starts)
        {
            errors[nameof(input.EndsUtc)] = localizer["The end must come after the start."];
        }

        if (input.UsageLimit is < 1)
        {
            errors[nameof(input.UsageLimit)] = localizer["A usage limit is at least 1 (leave it empty for no limit)."];
        }

        if (input.PerCustomerLimit is < 1)
        {
            errors[nameof(input.PerCustomerLimit)] = localizer["A limit per customer is at least 1 (leave it empty for no limit)."];
        }

        var (categories, products) = await targets.ResolveAsync(input.Categories, input.Products, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return EditResult.Invalid<Coupon>(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (coupon is null)
        {
            coupon = new Coupon { Code = code!, Description = description, CreatedUtc = now };
            db.Set<Coupon>().Add(coupon);
        }

        coupon.Code = code!;
        coupon.Description = description;
        coupon.Kind = kind!.Value;
        coupon.Percent = kind == CouponKind.Percentage ? input.Percent!.Value : 0;
        coupon.Amount = kind == CouponKind.FixedAmount ? input.Amount!.Value : 0;
        coupon.MinimumSubtotal = input.MinimumSubtotal ?? 0;
        coupon.StartsUtc = Utc(input.StartsUtc);
        coupon.EndsUtc = Utc(input.EndsUtc);
        coupon.UsageLimit = input.UsageLimit;
        coupon.PerCustomerLimit = input.PerCustomerLimit;
        coupon.Active = input.Active;
        coupon.CategoryIds = categories;
        coupon.ProductIds = products;
        coupon.UpdatedUtc = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two coupons saved at once with one code: the unique index decides.
            db.ChangeTracker.Clear();
            return EditResult.Invalid<Coupon>(nameof(input.Code), localizer["Another coupon already has the code {0}.", code!]);
        }

        return EditResult.Saved(coupon);
    }

    /// <summary>Dates arrive as UTC (API, recipe) or unspecified (the admin's date fields, read as UTC).</summary>
    internal static DateTime? Utc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : v, DateTimeKind.Utc) : null;
}
