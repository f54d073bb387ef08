using Fluid;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Store.Core.Admin;
using Store.Core.Api;
using Store.Core.Assets;
using Store.Core.Data;
using Store.Core.Email;
using Store.Core.Forms;
using Store.Core.Health;
using Store.Core.Http;
using Store.Core.Liquid;
using Store.Core.Localization;
using Store.Core.Modules;
using Store.Core.RateLimits;
using Store.Core.Recipes;
using Store.Core.Security;
using Store.Core.Setup;
using Store.Core.Sites;

namespace Store.Core.Hosting;

/// <summary>How the host composes the shop: <c>builder.AddStore(theme, modules)</c>, <c>app.UseStore()</c>, <c>app.RunStoreAsync(args)</c>.</summary>
public static class StoreHostingExtensions
{
    public static WebApplicationBuilder AddStore(this WebApplicationBuilder builder, Assembly theme, params StoreModule[] modules)
    {
        var services = builder.Services;
        var catalog = new ModuleCatalog(modules, theme);
        services.AddSingleton(catalog);
        services.TryAddSingleton(TimeProvider.System);
        services.AddStoreData(builder.Configuration, builder.Environment);
        services.AddHealthChecks().AddDbContextCheck<StoreDbContext>(tags: [HealthEndpoints.ReadyTag]);
        services.AddProblemDetails();
        services.AddStoreForwardedHeaders(builder.Configuration);
        // Modules add named policies (the Catalog's pages for anonymous shoppers); the middleware is Core's.
        // Bounded, so that addresses never asked before (every query parameter varies the key) cannot grow memory
        // without end: past the limit the store evicts the least recently used pages (bench/README.md, "Load").
        var cacheMegabytes = builder.Configuration.GetValue("OutputCache:SizeLimitMB", 64);
        services.AddOutputCache(options => options.SizeLimit = Math.Max(1, cacheMegabytes) * 1024L * 1024);
        // Several web nodes must read each other's cookies: the key ring lives in the shared database.
        services.AddDataProtection().SetApplicationName("Store").PersistKeysToDbContext<StoreDbContext>();

        services.AddSingleton<SiteState>();
        services.AddSingleton<TemplateCatalog>();
        services.AddSingleton<StaticAssets>();
        services.AddSingleton(sp => CreateTemplateOptions(sp, catalog));
        services.AddSingleton<LiquidRenderer>();
        services.AddSingleton(new RecipeCatalog(Path.Combine(AppContext.BaseDirectory, "Recipes")));
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<SetupService>();
        services.AddScoped<AdminMenu>();
        services.AddStoreEmail(builder.Configuration, builder.Environment);
        services.AddStoreRateLimits(builder.Configuration);
        services.AddStoreApiDocs();

        services.AddAuthorization();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ".Store.Antiforgery";
            // One cookie for the whole shop: by default its path is the request's PathBase, which holds the culture
            // prefix (/fr), and a second cookie from an unprefixed request (/session) then beat the form's on a post.
            options.Cookie.Path = "/";
        });
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeAreaFolder("Admin", "/", CorePermissions.AccessAdmin.PolicyName);
        }).AddMvcOptions(options =>
        {
            options.Filters.Add(new UnreadableFormPageFilter());
            UnreadableFormPageFilter.UseReadableMessages(options.ModelBindingMessageProvider);
        })
            // A data annotation's ErrorMessage is a msgid (the extractor takes it): shown in the reader's language.
            .AddDataAnnotationsLocalization();
        services.AddStoreLocalization(builder.Configuration, catalog.TemplateSources);

        foreach (var module in modules)
        {
            module.ConfigureServices(services, builder.Configuration);
        }

        return builder;
    }

    public static WebApplication UseStore(this WebApplication app)
    {
        // First: everything after it (HSTS, redirects, rate limits, logs) sees the client's address and scheme.
        app.UseStoreForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }

        // After the exception handler: it clears headers and runs the rest of the pipeline again.
        app.UseMiddleware<SecurityHeaders>();

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStoreRequestLocalization();
        app.UseMiddleware<SetupRequiredMiddleware>();
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            module.ConfigurePipeline(app);
        }

        app.UseRoutingWithHead();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorization, which puts an API call's token user in place of the cookie's.
        app.UseRateLimiter();
        // After authentication: the default policy never caches a signed-in user's response.
        app.UseOutputCache();
        app.UseAntiforgery();
        app.UseMiddleware<UnreadableFormMiddleware>();

        app.MapHealthEndpoints();
        app.MapStaticAssetEndpoints();
        app.MapShopIconEndpoints();
        app.MapSetupEndpoints();
        app.MapErrorEndpoints();
        app.MapSessionEndpoints();
        app.MapStoreApiDocs();
        app.MapRazorPages();
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            module.MapEndpoints(app);
        }

        return app;
    }

    /// <summary>
    /// Migrations are applied and an unattended setup runs when configured; then <c>migrate</c> exits and
    /// anything else serves. Deployments run <c>migrate</c> once before starting nodes, so several nodes
    /// never race to set up the same empty database.
    /// </summary>
    public static async Task RunStoreAsync(this WebApplication app, string[] args)
    {
        // A module's command (e.g. `translations extract`) works on files, not the database: it runs instead of the shop.
        if (args.Length > 0 && app.Services.GetServices<IStoreCommand>().FirstOrDefault(c => c.Name.Equals(args[0], StringComparison.OrdinalIgnoreCase)) is { } command)
        {
            Environment.ExitCode = await command.RunAsync(args[1..], Console.Out, CancellationToken.None);
            return;
        }

        await DatabaseMigrator.MigrateAsync(app.Services);
        await UnattendedSetup.RunAsync(app.Services, app.Configuration, CancellationToken.None);
        if (args.Contains("migrate", StringComparer.OrdinalIgnoreCase))
        {
            Console.WriteLine("Migrations applied.");
            return;
        }

        await app.RunAsync();
    }

    private static TemplateOptions CreateTemplateOptions(IServiceProvider services, ModuleCatalog catalog)
    {
        var options = new TemplateOptions
        {
            // A runaway loop in a theme template stops here instead of holding a request thread.
            MaxSteps = 200_000,
            MaxRecursion = 20,
            FileProvider = new TemplateFileProvider(services.GetRequiredService<TemplateCatalog>()),
            TimeZone = TimeZoneInfo.Utc,
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        options.MemberAccessStrategy.Register<SiteView>();
        options.MemberAccessStrategy.Register<RequestView>();
        options.MemberAccessStrategy.Register<SetupPage>();
        options.MemberAccessStrategy.Register<SetupForm>();
        options.MemberAccessStrategy.Register<RecipeOption>();
        options.MemberAccessStrategy.Register<ErrorPage>();
        LiquidFilters.Register(options, services.GetRequiredService<StaticAssets>());
        LocalizationFilters.Register(options);
        foreach (var module in catalog.Modules)
        {
            module.ConfigureTemplates(options);
        }

        return options;
    }
}
