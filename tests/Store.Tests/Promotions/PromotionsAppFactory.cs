using Store.Tests.Orders;

namespace Store.Tests.Promotions;

/// <summary>A shop of its own for the coupon tests: codes are shop-wide, and some tests move the clock.</summary>
public sealed class PromotionsAppFactory : ShopAppFactory;
