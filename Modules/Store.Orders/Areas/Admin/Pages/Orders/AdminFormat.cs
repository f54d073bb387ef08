using System.Globalization;
using Microsoft.Extensions.Localization;
using Store.Core.Money;
using Store.Orders.Admin;
using Store.Orders.Contracts;
using Store.Orders.Returns;

namespace Store.Orders.Areas.Admin.Pages.Orders;

/// <summary>How the order admin pages write amounts, the shop's local times and the statuses' labels.</summary>
internal static class AdminFormat
{
    public static string Amount(long minor, string currency) => new Money(minor, currency).Format(CultureInfo.CurrentCulture);

    // The admin reads dates in their own culture's way, as prices (CultureInfo.CurrentCulture comes from their cookie).
    public static string When(ShopTime time, DateTime utc) => time.ToLocal(utc).ToString("g", CultureInfo.CurrentCulture);

    public static string When(ShopTime time, DateTime? utc) => utc is { } value ? When(time, value) : "—";

    public static string Day(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    public static string Day(DateTime day) => day.ToString("d", CultureInfo.CurrentCulture);

    public static string Percent(decimal rate) => rate.ToString("0.####", CultureInfo.CurrentCulture);

    // Statuses travel as their English names (forms, URLs, exports); only what the admin reads is translated.
    public static string Status(IStringLocalizer localizer, string status) =>
        Enum.TryParse<OrderStatus>(status, out var value) ? OrderStatusLabels.Of(localizer, value) : status;

    public static string Payment(IStringLocalizer localizer, string state) => state switch
    {
        PaymentStates.Awaiting => localizer["Awaiting payment"].Value,
        PaymentStates.Paid => localizer["Paid"].Value,
        PaymentStates.PartiallyRefunded => localizer["Partially refunded"].Value,
        PaymentStates.Refunded => localizer["Refunded"].Value,
        PaymentStates.RefundDue => localizer["Refund due"].Value,
        _ => localizer["None"].Value,
    };

    public static string Actor(IStringLocalizer localizer, string by) => by switch
    {
        "shopper" => localizer["shopper"].Value,
        "system" => localizer["system"].Value,
        "staff" => localizer["staff"].Value,
        _ => by,
    };

    public static string ReturnStatus(IStringLocalizer localizer, string status) =>
        Enum.TryParse<global::Store.Orders.Returns.ReturnStatus>(status, out var value) ? ReturnStatusLabels.Of(localizer, value) : status;
}
