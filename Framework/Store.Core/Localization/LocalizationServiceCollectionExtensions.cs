using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Store.Core.Localization;

// TEMPORARY until the PO localizer lands.
public static class LocalizationServiceCollectionExtensions
{
    public static IServiceCollection AddStoreLocalization(this IServiceCollection services, IConfiguration configuration, IEnumerable<Assembly> sources)
    {
        services.AddLocalization();
        return services;
    }

    public static IApplicationBuilder UseStoreRequestLocalization(this IApplicationBuilder app) => app;
}
