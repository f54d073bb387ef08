using Microsoft.Extensions.Localization;

namespace Store.Orders.Returns;

/// <summary>A return status as a person reads it, in the current culture; the value itself stays the enum's name.</summary>
internal static class ReturnStatusLabels
{
    public static string Of(IStringLocalizer localizer, ReturnStatus status) => status switch
    {
        ReturnStatus.Requested => localizer["Requested"],
        ReturnStatus.Approved => localizer["Approved"],
        ReturnStatus.Rejected => localizer["Rejected"],
        ReturnStatus.Received => localizer["Received"],
        ReturnStatus.Refunded => localizer["Refunded"],
        ReturnStatus.Replaced => localizer["Replaced"],
        _ => status.ToString(),
    };
}
