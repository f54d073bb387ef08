using Fluid;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Store.Cart.Carts;
using Store.Cart.Contracts;
using Store.Cart.Storefront;
using Store.Core.Hosting;
using Store.Core.Modules;
using Store.Promotions.Contracts;

namespace Store.Cart;

/// <summary>Carts of signed-in and anonymous shoppers: the cart page and forms, the header's count, the cart API.</summary>
public sealed class CartModule : StoreModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(CartOptions.Section).Get<CartOptions>() ?? new CartOptions();
        services.AddSingleton(options);
        services.AddScoped<CartPricing>();
        services.AddScoped<Store.Core.Privacy.IPersonalData, CartPersonalData>();
        services.AddScoped<CartMerge>();
        services.AddScoped<CartLocator>();
        services.AddSingleton<CartRestoreLinks>();
        services.AddScoped<CartEditor>();
        services.AddScoped<CouponChoice>();
        services.AddScoped<CartReader>();
        services.AddScoped<ICartContents, CartContents>();
        services.AddScoped<IAbandonedCarts, AbandonedCarts>();
        services.AddSingleton<ISessionInfo, CartSessionInfo>();
        services.AddSingleton<CartCleanup>();
        services.AddHostedService(sp => sp.GetRequiredService<CartCleanup>());
    }

    public override void ConfigureTemplates(TemplateOptions options)
    {
        options.MemberAccessStrategy.Register<CartPage>();
        options.MemberAccessStrategy.Register<CartView>();
        options.MemberAccessStrategy.Register<CartLineView>();
        options.MemberAccessStrategy.Register<DiscountAdjustment>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCartStorefront();
        endpoints.MapCartRestore();
        endpoints.MapCartApi();
    }
}
