namespace Store.Promotions.Coupons;

/// <summary>What a coupon gives: a percentage off what it applies to, a fixed amount in the shop's currency, or free shipping.</summary>
public enum CouponKind
{
    Percentage,
    FixedAmount,
    FreeShipping,
}
