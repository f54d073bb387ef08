using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Store.Translations.Areas.Admin;

/// <summary>
/// On the translation desk (<c>/admin/translations?culture=fr</c>) <c>culture</c> names the language being translated,
/// not the reader's: the desk is shown in the translator's own language (cookie, then browser), as every other admin
/// page, so a translator into French who reads English keeps English labels around the French text.
/// </summary>
internal static class DeskCulture
{
    private const string DeskPath = "/admin/translations";

    public static void Use(IApplicationBuilder app)
    {
        var shop = app.ApplicationServices.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value;
        var desk = new RequestLocalizationOptions
        {
            DefaultRequestCulture = shop.DefaultRequestCulture,
            SupportedCultures = shop.SupportedCultures,
            SupportedUICultures = shop.SupportedUICultures,
            FallBackToParentCultures = shop.FallBackToParentCultures,
            FallBackToParentUICultures = shop.FallBackToParentUICultures,
            RequestCultureProviders = [.. shop.RequestCultureProviders.Where(p => p is not QueryStringRequestCultureProvider)],
        };

        // Runs after the shop's request localization and decides the culture again, without the query string.
        app.UseWhen(http => http.Request.Path.StartsWithSegments(DeskPath, StringComparison.OrdinalIgnoreCase), branch => branch.UseRequestLocalization(desk));
    }
}
