using System.Globalization;
using Store.Core.Money;
using Store.Orders.Admin;

namespace Store.Orders.Areas.Admin.Pages.Orders;

/// <summary>How the order admin pages write amounts and the shop's local times.</summary>
internal static class AdminFormat
{
    public static string Amount(long minor, string currency) => new Money(minor, currency).Format(CultureInfo.CurrentCulture);

    // The admin reads dates in their own culture's way, as prices (CultureInfo.CurrentCulture comes from their cookie).
    public static string When(ShopTime time, DateTime utc) => time.ToLocal(utc).ToString("g", CultureInfo.CurrentCulture);

    public static string When(ShopTime time, DateTime? utc) => utc is { } value ? When(time, value) : "—";
}
