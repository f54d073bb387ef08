using Fluid;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Hosting;
using Store.Core.Modules;
using Store.Wishlist.Alerts;
using Store.Wishlist.Items;
using Store.Wishlist.Sharing;

namespace Store.Wishlist;

/// <summary>Wishlists (signed-in shoppers' in the database, visitors' in the browser), read-only share links, and back-in-stock and price-drop emails.</summary>
public sealed class WishlistModule : StoreModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(WishlistOptions.Section).Get<WishlistOptions>() ?? new WishlistOptions());
        services.AddScoped<WishlistBook>();
        services.AddScoped<Store.Core.Privacy.IPersonalData, Privacy.WishlistPersonalData>();
        services.AddScoped<WishlistCatalog>();
        services.AddScoped<WishlistVisitor>();
        services.AddScoped<WishlistReader>();
        services.AddScoped<WishlistShares>();
        services.AddScoped<AlertSubscriptions>();
        services.AddScoped<AlertScanner>();
        services.AddSingleton<AlertLinks>();
        services.AddSingleton<ISessionInfo, WishlistSessionInfo>();
        services.AddSingleton<AlertJob>();
        services.AddHostedService(sp => sp.GetRequiredService<AlertJob>());
    }

    public override void ConfigureTemplates(TemplateOptions options)
    {
        options.MemberAccessStrategy.Register<WishlistPage>();
        options.MemberAccessStrategy.Register<WishlistItemView>();
        options.MemberAccessStrategy.Register<WishedProduct>();
        options.MemberAccessStrategy.Register<AlertPage>();
        options.MemberAccessStrategy.Register<AlertEmail>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWishlistStorefront();
        endpoints.MapWishlistSharing();
        endpoints.MapWishlistAlerts();
        endpoints.MapWishlistApi();
    }
}
