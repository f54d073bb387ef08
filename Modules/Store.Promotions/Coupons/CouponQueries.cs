using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Promotions.Pricing;

namespace Store.Promotions.Coupons;

/// <summary>Reads for the admin page and the API: coupons as responses, and the usage report.</summary>
public sealed class CouponQueries(StoreDbContext db, Targets targets)
{
    public async Task<List<CouponResponse>> ListAsync(int? id, CancellationToken cancellationToken)
    {
        var coupons = await db.Set<Coupon>().AsNoTracking().Where(c => id == null || c.Id == id).OrderBy(c => c.Code).ToListAsync(cancellationToken);
        var (categories, products) = await targets.NamesAsync(coupons.SelectMany(c => c.ProductIds), cancellationToken);
        return coupons.Select(c => new CouponResponse(c.Id, c.Code, c.Description, CouponKinds.NameOf(c.Kind), c.Percent, c.Amount, c.MinimumSubtotal,
            c.StartsUtc, c.EndsUtc, c.UsageLimit, c.PerCustomerLimit, c.Used, c.Active, categories(c.CategoryIds), products(c.ProductIds))).ToList();
    }

    public async Task<CouponUsage?> UsageAsync(int id, CancellationToken cancellationToken)
    {
        var coupon = await db.Set<Coupon>().AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Code, c.UsageLimit }).FirstOrDefaultAsync(cancellationToken);
        if (coupon is null)
        {
            return null;
        }

        var uses = await db.Set<CouponRedemption>().AsNoTracking().Where(r => r.CouponId == id)
            .OrderByDescending(r => r.RedeemedUtc).ThenByDescending(r => r.Id)
            .Select(r => new CouponUse(r.OrderNumber, r.Discount, r.RedeemedUtc, r.ReleasedUtc)).ToListAsync(cancellationToken);
        var held = uses.Where(u => u.ReleasedUtc is null).ToList();
        return new CouponUsage(coupon.Code, held.Count, held.Sum(u => u.Discount), uses.Count - held.Count, coupon.UsageLimit, uses);
    }
}
