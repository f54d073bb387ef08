using Microsoft.Extensions.Localization;

namespace Store.Orders.Contracts;

/// <summary>
/// An order status as a person reads it, in the current culture. The status itself (forms, URLs, the API,
/// exports) stays the enum's English name; only the words shown are translated.
/// </summary>
public static class OrderStatusLabels
{
    /// <summary>The translated label of <paramref name="status"/>.</summary>
    public static string Of(IStringLocalizer localizer, OrderStatus status)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        // Each word written out, not localizer[status.ToString()]: `translations extract` finds only literal strings
        // (the return and payment-session labels are written the same way for the same reason).
        return status switch
        {
            OrderStatus.Pending => localizer["Pending"],
            OrderStatus.Paid => localizer["Paid"],
            OrderStatus.Shipped => localizer["Shipped"],
            OrderStatus.Delivered => localizer["Delivered"],
            OrderStatus.Cancelled => localizer["Cancelled"],
            OrderStatus.Expired => localizer["Expired"],
            OrderStatus.Refunded => localizer["Refunded"],
            _ => status.ToString(),
        };
    }
}
