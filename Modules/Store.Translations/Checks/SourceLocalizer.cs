using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Store.Translations.Checks;

/// <summary>
/// The command line's check speaks English whatever the machine's culture: each message is its source string,
/// formatted invariantly. The admin desk and the API pass the request's localizer to the same checks instead.
/// </summary>
internal sealed class SourceLocalizer : IStringLocalizer
{
    public static SourceLocalizer Instance { get; } = new();

    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(CultureInfo.InvariantCulture, name, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
