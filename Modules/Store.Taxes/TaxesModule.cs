using Fluid;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Store.Core.Admin;
using Store.Core.Liquid;
using Store.Core.Modules;
using Store.Core.Recipes;
using Store.Core.Security;
using Store.Taxes.Api;
using Store.Taxes.Categories;
using Store.Taxes.Contracts;
using Store.Taxes.Rates;
using Store.Taxes.Recipes;
using Store.Taxes.Settings;

namespace Store.Taxes;

/// <summary>Tax categories, the rate table, the shop's tax settings, and the default <see cref="ITaxCalculator"/>.</summary>
public sealed class TaxesModule : StoreModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<TaxSetupCache>();
        services.AddSingleton<ITaxSetup>(sp => sp.GetRequiredService<TaxSetupCache>());
        // TryAdd: an external tax engine registered before this module wins; one registered after replaces it anyway.
        services.TryAddScoped<ITaxCalculator, TaxTable>();
        services.AddScoped<TaxEditor>();
        services.AddScoped<ITaxCategories, TaxCategoryList>();
        services.AddSingleton<IPageValues, TaxPageValues>();
        services.AddRecipeStep<TaxesRecipeStep>();
    }

    public override void ConfigureTemplates(TemplateOptions options) => options.MemberAccessStrategy.Register<TaxNote>();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapTaxApi();

    public override IEnumerable<Permission> Permissions => TaxesPermissions.All;

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Taxes", "/admin/taxes", TaxesPermissions.ManageTaxes.Name, 30, "Settings"),
    ];
}
