namespace Store.Promotions.Contracts;

/// <summary>The coupon that applies: its id (for the ledger), code, description, and whether it takes shipping off.</summary>
public sealed record AppliedCoupon(int CouponId, string Code, string Description, bool FreeShipping);
