using System.Globalization;

namespace Store.Core.Localization;

/// <summary>
/// Dates as the reader's culture writes them (25/11/2026 14:30 in French, 11/25/2026 2:30 PM in English), for Razor
/// pages and C#: the same patterns as the Liquid filters <c>short_date</c> and <c>short_datetime</c>.
/// </summary>
public static class CultureDates
{
    public static string ShortDate(DateTime value) => value.ToString("d", CultureInfo.CurrentCulture);

    public static string ShortDateTime(DateTime value) => value.ToString("g", CultureInfo.CurrentCulture);
}
