using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Admin;
using Store.Core.Hosting;
using Store.Core.Modules;
using Store.Core.Security;
using Store.Translations.Api;
using Store.Translations.Areas.Admin;
using Store.Translations.Commands;
using Store.Translations.Files;
using Store.Translations.Overrides;

namespace Store.Translations;

/// <summary>Translators' tooling: <c>translations extract|check</c>, coverage, the string editor, PO import and export, and overrides live on every node.</summary>
public sealed class TranslationsModule : StoreModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IStoreCommand, TranslationsCommand>();
        services.AddSingleton<ShippedStrings>();
        services.AddSingleton<TranslationSync>();
        services.AddHostedService(sp => sp.GetRequiredService<TranslationSync>());
        services.AddScoped<TranslationDesk>();
        services.AddScoped<PoExchange>();
    }

    public override void ConfigurePipeline(IApplicationBuilder app) => DeskCulture.Use(app);

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapTranslationApi();

    public override IEnumerable<Permission> Permissions => TranslationsPermissions.All;

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Translations", "/admin/translations", TranslationsPermissions.ManageTranslationsName, 40, "Settings"),
    ];
}
