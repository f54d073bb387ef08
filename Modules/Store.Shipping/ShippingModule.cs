using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Admin;
using Store.Core.Modules;
using Store.Core.Recipes;
using Store.Core.Security;
using Store.Shipping.Contracts;
using Store.Shipping.Recipes;
using Store.Shipping.Zones;

namespace Store.Shipping;

/// <summary>Shipping zones and their methods: what a destination may ship by, and at what price.</summary>
public sealed class ShippingModule : StoreModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IShippingRates, ShippingRates>();
        services.AddScoped<ShippingEditor>();
        services.AddRecipeStep<ShippingRecipeStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapShippingZoneApi();

    public override IEnumerable<Permission> Permissions => ShippingPermissions.All;

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Shipping", "/admin/shipping", ShippingPermissions.ManageShipping.Name, 31, "Settings"),
    ];
}
