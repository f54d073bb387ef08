using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Store.Catalog.Contracts;
using Store.Core.Data;
using Store.Core.Money;
using Store.Core.Sites;
using Store.Promotions.Contracts;
using Store.Promotions.Coupons;
using Store.Promotions.Sales;

namespace Store.Promotions.Pricing;

/// <summary>
/// The discount step of the pricing pipeline (README, "Combining"): for each line the best running promotion
/// sets a sale unit price; then the code, checked against its rules in the order a shopper would want to be
/// told, takes its percentage or amount off what it applies to (after promotions), spread over those lines.
/// </summary>
internal sealed class Discounts(StoreDbContext db, ICatalogTargets catalog, SiteState site, TimeProvider time) : IDiscounts
{
    public string? Normalize(string? code)
    {
        var trimmed = code?.Trim().ToUpperInvariant() ?? "";
        return trimmed.Length is > 0 and <= Coupon.CodeMaxLength && trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? trimmed : null;
    }

    public async Task<DiscountOutcome> ApplyAsync(DiscountRequest request, CancellationToken cancellationToken)
    {
        var lines = request.Lines;
        var now = time.GetUtcNow().UtcDateTime;
        var promotions = lines.Count == 0 ? [] : await PromotionSalePrices.Running(db, now).ToListAsync(cancellationToken);
        var code = request.Code is null ? null : Normalize(request.Code) ?? request.Code.Trim();
        var coupon = code is null ? null : await db.Set<Coupon>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (lines.Count == 0 || (promotions.Count == 0 && code is null))
        {
            return DiscountOutcome.None(lines);
        }

        // Every part is a multiple of what can be charged in the currency (10 fils of a dinar), so lines and total agree.
        var currency = request.Money?.Currency ?? (await site.GetAsync(cancellationToken))?.Currency ?? "USD";
        var step = Money.ChargeStepOf(currency);
        var scope = await CatalogScope.LoadAsync(catalog, lines.Select(l => l.ProductId).ToList(), cancellationToken);
        var adjustments = new List<DiscountAdjustment>();
        var sale = lines.Select(l =>
        {
            var best = promotions.Where(p => scope.Covers(l.ProductId, p.CategoryIds, p.ProductIds)).OrderByDescending(p => p.Percent).ThenBy(p => p.Id).FirstOrDefault();
            return (Promotion: best, Unit: best is null ? l.UnitPrice : new SalePrice(best.Percent, best.Name).Apply(l.UnitPrice, currency));
        }).ToList();
        var promotionParts = lines.Select((l, i) => (l.UnitPrice - sale[i].Unit) * l.Quantity).ToList();
        foreach (var group in sale.Select((s, i) => (s.Promotion, Amount: promotionParts[i])).Where(x => x.Promotion is not null && x.Amount > 0).GroupBy(x => x.Promotion!.Id))
        {
            adjustments.Add(new DiscountAdjustment(DiscountAdjustment.Promotion, null, group.First().Promotion!.Name, group.Sum(x => x.Amount)));
        }

        var bases = lines.Select((l, i) => sale[i].Unit * l.Quantity).ToList();
        var couponParts = new long[lines.Count];
        AppliedCoupon? applied = null;
        string? refusal = null;
        if (code is not null)
        {
            refusal = coupon is null || !coupon.Active ? Unknown(code, coupon) : await RefusalAsync(coupon, request, bases.Sum(), now, cancellationToken);
            if (refusal is null)
            {
                var covered = lines.Select(l => coupon!.AppliesToAll || scope.Covers(l.ProductId, coupon.CategoryIds, coupon.ProductIds)).ToList();
                var eligible = bases.Select((b, i) => covered[i] ? b : 0).ToList();
                if (eligible.Sum() == 0)
                {
                    refusal = $"The code {coupon!.Code} applies to nothing in your cart.";
                }
                else
                {
                    var total = coupon!.Kind switch
                    {
                        CouponKind.Percentage => Money.Chargeable(Discounting.Percent(eligible.Sum(), coupon.Percent), currency),
                        CouponKind.FixedAmount => Money.Chargeable(Math.Min(request.Money?.Amount(coupon.Amount) ?? coupon.Amount, eligible.Sum()), currency),
                        _ => 0,
                    };
                    total = Math.Min(total, eligible.Sum() / step * step);
                    couponParts = Discounting.Spread(total / step, eligible.Select(e => e / step).ToList()).Select(p => p * step).ToArray();
                    applied = new AppliedCoupon(coupon.Id, coupon.Code, coupon.Description, coupon.Kind == CouponKind.FreeShipping);
                    if (total > 0)
                    {
                        adjustments.Add(new DiscountAdjustment(DiscountAdjustment.Coupon, coupon.Code, coupon.Description, total));
                    }
                }
            }
        }

        var result = lines.Select((l, i) => new LineDiscount(sale[i].Unit, promotionParts[i], couponParts[i])).ToList();
        return new DiscountOutcome(result, adjustments, applied, refusal);
    }

    // The rules a shopper can do something about come last: dates first, then limits, then the cart's subtotal.
    private async Task<string?> RefusalAsync(Coupon coupon, DiscountRequest request, long subtotal, DateTime now, CancellationToken cancellationToken)
    {
        var userId = request.UserId;
        var culture = CultureInfo.CurrentCulture;
        if (coupon.EndsUtc is { } ends && ends <= now)
        {
            return $"The code {coupon.Code} expired on {ends.ToString("d MMMM yyyy", culture)}.";
        }

        if (coupon.StartsUtc is { } starts && starts > now)
        {
            return $"The code {coupon.Code} is valid from {starts.ToString("d MMMM yyyy HH:mm", culture)} UTC.";
        }

        if (coupon.UsageLimit is { } limit && coupon.Used >= limit)
        {
            return UsedUp(coupon.Code);
        }

        if (userId is not null && coupon.PerCustomerLimit is { } mine
            && await db.Set<CouponCustomerUse>().AnyAsync(u => u.CouponId == coupon.Id && u.UserId == userId && u.Used >= mine, cancellationToken))
        {
            return AlreadyUsed(coupon.Code);
        }

        // The minimum is a base amount: in another currency it is converted, and said, in the cart's currency.
        var minimum = request.Money?.Amount(coupon.MinimumSubtotal) ?? coupon.MinimumSubtotal;
        if (minimum > 0 && subtotal < minimum)
        {
            var currency = request.Money?.Currency ?? (await site.GetAsync(cancellationToken))?.Currency ?? "USD";
            string Format(long amount) => new Money(amount, currency).Format(culture);
            return $"The code {coupon.Code} needs a subtotal of {Format(minimum)}: add {Format(minimum - subtotal)} more.";
        }

        return null;
    }

    private static string Unknown(string code, Coupon? coupon) =>
        coupon is { Active: false } ? $"The code {coupon.Code} is no longer valid." : $"We do not know the code {code}: check its spelling.";

    public static string UsedUp(string code) => $"The code {code} has been used up.";

    public static string AlreadyUsed(string code) => $"You have already used the code {code}.";
}
