using Microsoft.Extensions.Localization;

namespace Store.Catalog.Products;

/// <summary>The one check of a return period typed for a product or a category (editors, API).</summary>
internal static class ReturnPeriodRule
{
    public const int MaxDays = 365;

    public static string Message(IStringLocalizer localizer) =>
        localizer["Enter a return period from 0 to 365 days (0: not returnable), or leave it empty to use the category's or the shop's."];

    public static void Check(int? days, string field, Dictionary<string, string> errors, IStringLocalizer localizer)
    {
        if (days is < 0 or > MaxDays)
        {
            errors[field] = Message(localizer);
        }
    }
}
