using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace Store.Core.Localization;

/// <summary>
/// Registers PO-based localization and the request-culture pipeline for the store.
/// </summary>
public static class LocalizationServiceCollectionExtensions
{
    private const string DefaultCultureName = "en";

    /// <summary>
    /// Registers <see cref="PoStringLocalizerFactory"/> (as itself and as <see cref="IStringLocalizerFactory"/>),
    /// <see cref="IStringLocalizer{T}"/>, the shared <see cref="IStringLocalizer"/>/<see cref="IPluralStringLocalizer"/>,
    /// and <see cref="RequestLocalizationOptions"/> from <c>Localization:Cultures</c> (default <c>["en"]</c>) and
    /// <c>Localization:DefaultCulture</c> (default <c>"en"</c>). The culture is taken from the query string
    /// (<c>culture</c>, <c>ui-culture</c>), then the <c>.AspNetCore.Culture</c> cookie, then Accept-Language;
    /// cultures that are not configured are ignored. A storefront page's culture is its URL's instead
    /// (<see cref="CulturePaths"/>); <c>Localization:PseudoLocales</c> adds <c>qps-ploc</c> and <c>qps-plocm</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">Configuration holding the <c>Localization</c> section.</param>
    /// <param name="sources">Assemblies whose embedded <c>Localization/{culture}.po</c> files are read, later ones overriding earlier ones.</param>
    public static IServiceCollection AddStoreLocalization(this IServiceCollection services, IConfiguration configuration, IEnumerable<Assembly> sources)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(sources);

        var factory = new PoStringLocalizerFactory(sources);
        services.AddSingleton(factory);
        // Replace, not TryAdd: AddLocalization/AddMvc may already have registered the resx factory.
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory>(factory));
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizer>(factory.Localizer));
        services.Replace(ServiceDescriptor.Singleton<IPluralStringLocalizer>(factory.Localizer));
        services.TryAdd(ServiceDescriptor.Transient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>)));

        var (cultures, defaultCulture) = ReadCultures(configuration);
        services.AddSingleton(new ShopCultures(defaultCulture, cultures));
        services.AddOptions<RequestLocalizationOptions>().Configure(options => Configure(options, cultures, defaultCulture));
        return services;
    }

    /// <summary>Adds the request localization middleware configured by <see cref="AddStoreLocalization"/>.</summary>
    public static IApplicationBuilder UseStoreRequestLocalization(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<CulturePathMiddleware>();
        return app.UseRequestLocalization();
    }

    private static (CultureInfo[] Cultures, CultureInfo Default) ReadCultures(IConfiguration configuration)
    {
        var names = configuration.GetSection("Localization:Cultures").Get<string[]>() ?? [];
        var defaultName = configuration["Localization:DefaultCulture"];
        var defaultCulture = CultureInfo.GetCultureInfo(string.IsNullOrWhiteSpace(defaultName) ? DefaultCultureName : defaultName.Trim());
        CultureInfo[] pseudo = configuration.GetValue("Localization:PseudoLocales", false)
            ? [CultureInfo.GetCultureInfo(PseudoLocales.Accented), CultureInfo.GetCultureInfo(PseudoLocales.Mirrored)]
            : [];
        // The default culture is always acceptable, even when the list forgets it.
        var cultures = names
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => CultureInfo.GetCultureInfo(n.Trim()))
            .Prepend(defaultCulture)
            .Concat(pseudo)
            .Distinct()
            .ToArray();
        return (cultures, defaultCulture);
    }

    private static void Configure(RequestLocalizationOptions options, CultureInfo[] cultures, CultureInfo defaultCulture)
    {
        options.DefaultRequestCulture = new RequestCulture(defaultCulture);
        options.SupportedCultures = [.. cultures];
        options.SupportedUICultures = [.. cultures];
        // fr-CA from a browser maps to a configured fr.
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
        options.RequestCultureProviders =
        [
            new PathRequestCultureProvider { Options = options },
            new QueryStringRequestCultureProvider { Options = options, QueryStringKey = "culture", UIQueryStringKey = "ui-culture" },
            new CookieRequestCultureProvider { Options = options, CookieName = CookieRequestCultureProvider.DefaultCookieName },
            new AcceptLanguageHeaderRequestCultureProvider { Options = options },
        ];
    }
}
