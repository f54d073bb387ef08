using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Contracts;
using Store.Core.Admin;
using Store.Core.Modules;
using Store.Core.Recipes;
using Store.Core.Security;
using Store.Promotions.Api;
using Store.Promotions.Contracts;
using Store.Promotions.Coupons;
using Store.Promotions.Pricing;
using Store.Promotions.Recipes;
using Store.Promotions.Sales;

namespace Store.Promotions;

/// <summary>Coupons (codes with limits) and automatic promotions: the discount step of the pricing pipeline, and the ledger of coupon uses.</summary>
public sealed class PromotionsModule : StoreModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IDiscounts, Discounts>();
        services.AddScoped<ICouponLedger, CouponLedger>();
        services.AddScoped<ISalePrices, PromotionSalePrices>();
        services.AddScoped<Targets>();
        services.AddScoped<CouponEditor>();
        services.AddScoped<CouponQueries>();
        services.AddScoped<PromotionEditor>();
        services.AddScoped<PromotionQueries>();
        services.AddRecipeStep<PromotionsRecipeStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapPromotionApi();

    public override IEnumerable<Permission> Permissions => PromotionsPermissions.All;

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Coupons", "/admin/coupons", PromotionsPermissions.ManagePromotions.Name, 40, "Catalog"),
        new("Promotions", "/admin/promotions", PromotionsPermissions.ManagePromotions.Name, 41, "Catalog"),
    ];
}
