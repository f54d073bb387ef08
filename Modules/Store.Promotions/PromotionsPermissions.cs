using Store.Core.Api;
using Store.Core.Security;

namespace Store.Promotions;

public static class PromotionsPermissions
{
    public const string ManagePromotionsName = "Promotions.ManagePromotions";

    /// <summary>Merchandisers run codes and sales; an API client with <c>catalog:write</c> may too.</summary>
    public static readonly Permission ManagePromotions = new(ManagePromotionsName, "Create and change coupons and automatic promotions, and see coupon usage")
    {
        DefaultRoles = [StoreRoles.Merchandiser],
        Scope = ApiScopes.CatalogWrite,
    };

    public static IReadOnlyList<Permission> All { get; } = [ManagePromotions];
}
