using Fluid;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Store.Catalog.Attributes;
using Store.Catalog.Categories;
using Store.Catalog.Contracts;
using Store.Catalog.Media;
using Store.Catalog.PriceHistory;
using Store.Catalog.PriceLists;
using Store.Catalog.Products;
using Store.Catalog.Recipes;
using Store.Catalog.Search;
using Store.Catalog.Storefront;
using Store.Catalog.Translations;
using Store.Core.Admin;
using Store.Core.Hosting;
using Store.Core.Liquid;
using Store.Core.Modules;
using Store.Core.Recipes;
using Store.Core.Security;

namespace Store.Catalog;

/// <summary>Products, categories, attributes, media, search and filters; storefront, API and admin editor.</summary>
public sealed class CatalogModule : StoreModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var mediaOptions = configuration.GetSection(MediaOptions.Section).Get<MediaOptions>() ?? new MediaOptions();
        services.AddSingleton(mediaOptions);
        services.AddSingleton<IMediaStore>(sp => new FileSystemMediaStore(
            string.IsNullOrWhiteSpace(mediaOptions.Root)
                ? Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, "App_Data", "media")
                : mediaOptions.Root));
        services.AddSingleton<ImageProcessor>();
        services.AddExceptionHandler<MediaBusyHandler>();

        services.AddOutputCache(CatalogCache.AddPolicy);
        services.AddSingleton<CatalogCache>();
        services.AddSingleton<ProductIndex>();
        services.AddHostedService<ProductIndexUpkeep>();
        services.AddScoped<ProductSearch>();
        services.AddScoped<ProductEditor>();
        services.AddScoped<PriceListEditor>();
        services.AddScoped<CategoryEditor>();
        services.AddScoped<AttributeEditor>();
        services.AddSingleton<ContentCultures>();
        services.AddScoped<ContentTranslationEditor>();
        services.AddRecipeStep<TranslationsRecipeStep>();
        services.AddAuthorization(options => options.AddPolicy(CatalogPermissions.TranslateContentPolicy, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.IsInRole(StoreRoles.Administrator)
                || context.User.HasClaim(c => c.Type == Permission.ClaimType
                    && (c.Value == CatalogPermissions.ManageTranslationsName || CatalogPermissions.All.Any(p => p.Name == c.Value))))));
        services.AddScoped<IReturnPeriods, ReturnPeriods>();
        services.AddScoped<ICatalogProducts, CatalogProducts>();
        services.AddScoped<ICatalogTargets, CatalogTargets>();
        // A later module (Promotions) registers its own: the last registration wins.
        services.TryAddScoped<ISalePrices, NoSalePrices>();
        services.TryAddSingleton<IProductRatings, NoProductRatings>();
        services.AddScoped<ICatalogChanges, CatalogChangeRecorder>();
        services.AddScoped<ICatalogShowcase, CatalogShowcase>();
        services.AddScoped<ICatalogAddresses, CatalogAddresses>();
        services.AddSingleton<IPageValues, CategoryMenuValues>();
        services.AddSingleton<ISessionInfo, AntiforgerySessionInfo>();

        services.AddRecipeStep<CategoriesRecipeStep>();
        services.AddRecipeStep<AttributesRecipeStep>();
        services.AddRecipeStep<ProductsRecipeStep>();
        services.AddRecipeStep<PricesRecipeStep>();
        services.AddSingleton(configuration.GetSection(PriceHistoryOptions.Section).Get<PriceHistoryOptions>() ?? new PriceHistoryOptions());
        services.AddScoped<PriceHistoryRecorder>();
        services.AddScoped<PriorPrices>();
        services.AddSingleton<PriceHistoryJob>();
        services.AddHostedService(sp => sp.GetRequiredService<PriceHistoryJob>());
    }

    public override void ConfigureTemplates(TemplateOptions options) => StorefrontViews.Register(options);

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMediaEndpoints();
        endpoints.MapProductStorefront();
        endpoints.MapCategoryStorefront();
        endpoints.MapProductEndpoints();
        endpoints.MapPriceListEndpoints();
        endpoints.MapSuggestionEndpoints();
        endpoints.MapCategoryEndpoints();
        endpoints.MapProductPreview();
    }

    public override IEnumerable<Permission> Permissions => CatalogPermissions.All;

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Products", "/admin/catalog/products", CatalogPermissions.ManageProducts.Name, 10, "Catalog"),
        new("Categories", "/admin/catalog/categories", CatalogPermissions.ManageCategories.Name, 11, "Catalog"),
        new("Attributes", "/admin/catalog/attributes", CatalogPermissions.ManageAttributes.Name, 12, "Catalog"),
        new("Price display", "/admin/catalog/prices", CatalogPermissions.ManageProducts.Name, 13, "Catalog"),
    ];
}
