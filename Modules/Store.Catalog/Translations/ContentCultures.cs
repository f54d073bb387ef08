using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using Store.Core.Localization;

namespace Store.Catalog.Translations;

/// <summary>
/// The cultures content is translated into: those of <c>Localization:Cultures</c> other than the default, whose
/// text is the entities' own fields.
/// </summary>
public sealed class ContentCultures(IOptions<RequestLocalizationOptions> localization)
{
    public string Default { get; } = localization.Value.DefaultRequestCulture.UICulture.Name;

    public IReadOnlyList<string> Others { get; } =
        [.. (localization.Value.SupportedUICultures ?? []).Select(c => c.Name)
            // The pseudo-locales are generated from the source strings for testing; nobody translates content into them.
            .Where(n => n.Length > 0 && n != localization.Value.DefaultRequestCulture.UICulture.Name && !PseudoLocales.IsPseudo(n))];

    /// <summary>The request's culture when content may be translated into it, else null (the default culture's text).</summary>
    public string? Current => Others.Contains(CultureInfo.CurrentUICulture.Name) ? CultureInfo.CurrentUICulture.Name : null;
}
