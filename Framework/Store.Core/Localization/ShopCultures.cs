using System.Globalization;

namespace Store.Core.Localization;

/// <summary>
/// The shop's cultures (<c>Localization:Cultures</c>), the default one first, plus the pseudo-locales when
/// <c>Localization:PseudoLocales</c> is on. Every culture but the default has its pages under <c>/{name}/</c>
/// (<see cref="CulturePaths"/>).
/// </summary>
public sealed class ShopCultures
{
    public ShopCultures(CultureInfo defaultCulture, IEnumerable<CultureInfo> cultures)
    {
        ArgumentNullException.ThrowIfNull(defaultCulture);
        ArgumentNullException.ThrowIfNull(cultures);
        Default = defaultCulture;
        All = [.. cultures.Prepend(defaultCulture).DistinctBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
        Advertised = [.. All.Where(c => !PseudoLocales.IsPseudo(c))];
    }

    public CultureInfo Default { get; }

    public IReadOnlyList<CultureInfo> All { get; }

    /// <summary>
    /// The languages shoppers and search engines are told about (the language switcher, <c>hreflang</c>, the sitemap):
    /// all but the pseudo-locales, which are for developers only, the default first.
    /// </summary>
    public IReadOnlyList<CultureInfo> Advertised { get; }

    /// <summary>The configured culture named by a URL's first segment ("fr", "FR"), or null.</summary>
    public CultureInfo? Find(ReadOnlySpan<char> name)
    {
        foreach (var culture in All)
        {
            if (name.Equals(culture.Name, StringComparison.OrdinalIgnoreCase))
            {
                return culture;
            }
        }

        return null;
    }

    public bool IsDefault(CultureInfo culture) => string.Equals(culture.Name, Default.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The path prefix of <paramref name="culture"/>'s pages: empty for the default culture, else <c>/fr</c>.</summary>
    public string PrefixOf(CultureInfo culture) => IsDefault(culture) ? string.Empty : "/" + culture.Name.ToLowerInvariant();
}
