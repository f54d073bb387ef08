using Fluid;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Store.Content.Home;
using Store.Content.Menus;
using Store.Content.Pages;
using Store.Content.Recipes;
using Store.Content.Seo;
using Store.Content.Snippets;
using Store.Core.Admin;
using Store.Core.Liquid;
using Store.Core.Modules;
using Store.Core.Recipes;
using Store.Core.Security;

namespace Store.Content;

/// <summary>The home page's sections, content pages, the header and footer menus and the shop's texts.</summary>
public sealed class ContentModule : StoreModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutputCache(ContentCache.AddPolicy);
        services.AddOutputCache(ContentCache.AddSeoPolicy);
        services.AddSingleton(configuration.GetSection(SeoOptions.Section).Get<SeoOptions>() ?? new SeoOptions());
        services.AddSingleton<RedirectTable>();
        services.AddScoped<RedirectEditor>();
        services.AddSingleton<ContentCache>();
        services.AddSingleton<IPageValues, ContentPageValues>();
        services.AddScoped<PageEditor>();
        services.AddScoped<MenuEditor>();
        services.AddScoped<HomeEditor>();
        services.AddScoped<SnippetEditor>();
        services.AddRecipeStep<PagesRecipeStep>();
        services.AddRecipeStep<MenusRecipeStep>();
        services.AddRecipeStep<HomeRecipeStep>();
        services.AddRecipeStep<TextsRecipeStep>();
    }

    public override void ConfigureTemplates(TemplateOptions options)
    {
        var access = options.MemberAccessStrategy;
        access.Register<PageView>();
        access.Register<MenusView>();
        access.Register<MenuLink>();
        access.Register<HomePageView>();
        access.Register<HomeSectionView>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHomeStorefront();
        endpoints.MapPageStorefront();
        endpoints.MapSeoEndpoints();
    }

    // Before routing: an old address never reaches an endpoint (or the output cache).
    public override void ConfigurePipeline(IApplicationBuilder app) => app.UseMiddleware<RedirectMiddleware>();

    public override IEnumerable<Permission> Permissions => ContentPermissions.All;

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Home page", "/admin/content/home", ContentPermissions.ManageContent.Name, 20, "Content"),
        new("Pages", "/admin/content/pages", ContentPermissions.ManageContent.Name, 21, "Content"),
        new("Menus", "/admin/content/menus", ContentPermissions.ManageContent.Name, 22, "Content"),
        new("Shop texts", "/admin/content/texts", ContentPermissions.ManageContent.Name, 23, "Content"),
        new("Search engines", "/admin/content/seo", ContentPermissions.ManageContent.Name, 24, "Content"),
        new("Redirects", "/admin/content/redirects", ContentPermissions.ManageContent.Name, 25, "Content"),
    ];
}
