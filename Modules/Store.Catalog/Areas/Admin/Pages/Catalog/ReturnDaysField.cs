using System.Globalization;
using Microsoft.Extensions.Localization;
using Store.Catalog.Products;

namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary>The return period as typed in the product and category editors: empty inherits, else a whole number of days.</summary>
internal static class ReturnDaysField
{
    public static (int? Days, string? Error) Parse(string? text, IStringLocalizer localizer) =>
        string.IsNullOrWhiteSpace(text) ? (null, null)
        : int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days) ? (days, null)
        : (null, ReturnPeriodRule.Message(localizer));
}
