using Microsoft.Extensions.Localization;

namespace Store.Catalog.Attributes;

/// <summary>
/// A yes/no attribute stores "Yes" or "No" (the editor's and the API's values); shoppers read them in their language,
/// in the filters and on the product page alike.
/// </summary>
internal static class YesNoWords
{
    public static string Shown(IStringLocalizer localizer, string value) =>
        value == "Yes" ? localizer["Yes"] : value == "No" ? localizer["No"] : value;
}
