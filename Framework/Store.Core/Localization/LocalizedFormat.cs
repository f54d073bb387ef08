using System.Globalization;

namespace Store.Core.Localization;

/// <summary>
/// Formatting shared by the localizer and the Liquid filters. A translator's typo in a
/// placeholder must not take a page down, so a bad format string yields the raw text.
/// </summary>
internal static class LocalizedFormat
{
    public static string Apply(string text, object?[]? arguments)
    {
        // Without arguments the text is returned as is, so literal braces need no escaping.
        if (arguments is null || arguments.Length == 0)
        {
            return text;
        }

        try
        {
            return string.Format(CultureInfo.CurrentCulture, text, arguments);
        }
        catch (FormatException)
        {
            return text;
        }
    }
}
