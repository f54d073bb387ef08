using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Promotions.Contracts;
using Store.Promotions.Pricing;

namespace Store.Promotions.Coupons;

/// <summary>
/// Takes and gives back coupon uses (README, "Limits under races"). Taking a use is two conditional updates in the
/// caller's transaction: <c>Used = Used + 1 WHERE Used &lt; UsageLimit</c> on the coupon, then the same on the
/// customer's row (made first by <c>INSERT … ON CONFLICT DO NOTHING</c>). Each holds its row until the order
/// commits, so a racing order waits and then sees the new count; a refusal rolls the whole order back.
/// Giving back is guarded by the redemption row (<c>ReleasedUtc IS NULL</c>), so it happens once.
/// </summary>
internal sealed class CouponLedger(StoreDbContext db, TimeProvider time) : ICouponLedger
{
    public async Task<string?> RedeemAsync(int couponId, string userId, int orderId, string orderNumber, long discount, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A coupon use is taken inside the transaction that places the order.");
        }

        var coupon = await db.Set<Coupon>().AsNoTracking().Where(c => c.Id == couponId).Select(c => new { c.Code, c.PerCustomerLimit }).FirstAsync(cancellationToken);
        var taken = await db.Set<Coupon>().Where(c => c.Id == couponId && (c.UsageLimit == null || c.Used < c.UsageLimit))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Used, c => c.Used + 1), cancellationToken);
        if (taken == 0)
        {
            return Discounts.UsedUp(coupon.Code);
        }

        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "CouponCustomerUses" ("CouponId", "UserId", "Used") VALUES ({couponId}, {userId}, 0) ON CONFLICT DO NOTHING""",
            cancellationToken);
        var limit = coupon.PerCustomerLimit;
        var mine = await db.Set<CouponCustomerUse>().Where(u => u.CouponId == couponId && u.UserId == userId && (limit == null || u.Used < limit))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Used, u => u.Used + 1), cancellationToken);
        if (mine == 0)
        {
            return Discounts.AlreadyUsed(coupon.Code);
        }

        db.Set<CouponRedemption>().Add(new CouponRedemption
        {
            CouponId = couponId,
            OrderId = orderId,
            OrderNumber = orderNumber,
            UserId = userId,
            Discount = discount,
            RedeemedUtc = time.GetUtcNow().UtcDateTime,
        });
        return null;
    }

    public async Task<bool> ReleaseAsync(int orderId, CancellationToken cancellationToken)
    {
        var use = await db.Set<CouponRedemption>().AsNoTracking().Where(r => r.OrderId == orderId).Select(r => new { r.CouponId, r.UserId }).FirstOrDefaultAsync(cancellationToken);
        if (use is null)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var released = await db.Set<CouponRedemption>().Where(r => r.OrderId == orderId && r.ReleasedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReleasedUtc, now), cancellationToken);
        if (released == 0)
        {
            return false;
        }

        await db.Set<Coupon>().Where(c => c.Id == use.CouponId && c.Used > 0).ExecuteUpdateAsync(s => s.SetProperty(c => c.Used, c => c.Used - 1), cancellationToken);
        await db.Set<CouponCustomerUse>().Where(u => u.CouponId == use.CouponId && u.UserId == use.UserId && u.Used > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Used, u => u.Used - 1), cancellationToken);
        return true;
    }

    public async Task RetakeAsync(int orderId, CancellationToken cancellationToken)
    {
        var use = await db.Set<CouponRedemption>().AsNoTracking().Where(r => r.OrderId == orderId).Select(r => new { r.CouponId, r.UserId }).FirstOrDefaultAsync(cancellationToken);
        if (use is null || await db.Set<CouponRedemption>().Where(r => r.OrderId == orderId && r.ReleasedUtc != null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReleasedUtc, (DateTime?)null), cancellationToken) == 0)
        {
            return;
        }

        await db.Set<Coupon>().Where(c => c.Id == use.CouponId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Used, c => c.Used + 1), cancellationToken);
        await db.Set<CouponCustomerUse>().Where(u => u.CouponId == use.CouponId && u.UserId == use.UserId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Used, u => u.Used + 1), cancellationToken);
    }
}
