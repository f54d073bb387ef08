using Microsoft.Extensions.Localization;

namespace Store.Core.Localization;

/// <summary>
/// A string localizer that also understands gettext plural forms and message contexts.
/// </summary>
public interface IPluralStringLocalizer : IStringLocalizer
{
    /// <summary>
    /// Translates the form of <paramref name="singular"/>/<paramref name="plural"/> for <paramref name="count"/>.
    /// <paramref name="count"/> is format argument <c>{0}</c>; <paramref name="arguments"/> follow as <c>{1}</c>, <c>{2}</c>...
    /// </summary>
    LocalizedString Plural(string singular, string plural, long count, params object[] arguments);

    /// <summary>
    /// Translates <paramref name="name"/> (a msgid) within <paramref name="context"/> (a msgctxt, or null for none),
    /// formatting it with <paramref name="arguments"/> when any are given.
    /// </summary>
    LocalizedString Get(string? context, string name, params object[] arguments);
}
