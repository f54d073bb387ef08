using Fluid;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Admin;
using Store.Core.Liquid;
using Store.Core.Modules;
using Store.Core.Recipes;
using Store.Core.Security;
using Store.Currencies.Api;
using Store.Currencies.Contracts;
using Store.Currencies.Currencies;
using Store.Currencies.Recipes;
using Store.Currencies.Shoppers;

namespace Store.Currencies;

/// <summary>Selling currencies, exchange rates (entered or imported from the ECB), rounding rules, and the shopper's choice of currency.</summary>
public sealed class CurrenciesModule : StoreModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CurrencySetupCache>();
        services.AddSingleton<ICurrencies>(sp => sp.GetRequiredService<CurrencySetupCache>());
        services.AddScoped<CurrencyEditor>();
        services.AddHttpContextAccessor();
        services.AddScoped<IShopperCurrency, RequestCurrency>();
        services.AddSingleton<IPageValues, CurrencyPageValues>();
        services.AddRecipeStep<CurrenciesRecipeStep>();
    }

    public override void ConfigureTemplates(TemplateOptions options) => options.MemberAccessStrategy.Register<CurrencySwitcher>();

    public override void ConfigurePipeline(IApplicationBuilder app) => app.UseMiddleware<ShopperCurrencyMiddleware>();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCurrencyApi();
        endpoints.MapCurrencySwitch();
    }

    public override IEnumerable<Permission> Permissions => CurrenciesPermissions.All;

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Currencies", "/admin/currencies", CurrenciesPermissions.ManageCurrenciesName, 31, "Settings"),
    ];
}
