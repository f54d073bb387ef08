using Microsoft.Extensions.Localization;
using Store.Orders.Contracts;

namespace Store.Orders.Workflow;

/// <summary>
/// The transition table: every status change anywhere goes through <see cref="OrderTransitions"/>, which allows
/// only these. Refunds belong to the Payments module (partial ones leave the status as it is).
/// </summary>
internal static class OrderWorkflow
{
    public static IReadOnlyList<OrderTransition> Table { get; } =
    [
        new(OrderStatus.Pending, OrderStatus.Paid, OrderActor.Payments | OrderActor.Staff),
        new(OrderStatus.Paid, OrderStatus.Shipped, OrderActor.Staff),
        new(OrderStatus.Shipped, OrderStatus.Delivered, OrderActor.Staff),
        new(OrderStatus.Pending, OrderStatus.Cancelled, OrderActor.Shopper | OrderActor.Staff, ReleasesStock: true),
        // Payments too: Stripe's checkout.session.expired for the order's current session ends the hold.
        new(OrderStatus.Pending, OrderStatus.Expired, OrderActor.System | OrderActor.Payments, ReleasesStock: true),
        // A payment that lands after the hold lapsed: accepted only when every unit can be taken again
        // (all or nothing); otherwise Payments flags the order and refunds the money (Store.Payments README).
        new(OrderStatus.Expired, OrderStatus.Paid, OrderActor.Payments, ReservesStock: true),
        // Staff only: the money has been taken, so the Payments issue refunds it; the units go back on the shelf.
        new(OrderStatus.Paid, OrderStatus.Cancelled, OrderActor.Staff, ReleasesStock: true),
        new(OrderStatus.Paid, OrderStatus.Refunded, OrderActor.Payments),
        new(OrderStatus.Shipped, OrderStatus.Refunded, OrderActor.Payments),
        new(OrderStatus.Delivered, OrderStatus.Refunded, OrderActor.Payments),
        // The money of a cancelled paid order, or of a payment that came too late, going back in full.
        new(OrderStatus.Cancelled, OrderStatus.Refunded, OrderActor.Payments),
        new(OrderStatus.Expired, OrderStatus.Refunded, OrderActor.Payments),
    ];

    public static OrderTransition? Find(OrderStatus from, OrderStatus to) => Table.FirstOrDefault(t => t.From == from && t.To == to);

    /// <summary>
    /// Why <paramref name="actor"/> may not move an order from <paramref name="from"/> to <paramref name="to"/>, or null
    /// when allowed: in the request's culture, which is English on the API unless a culture is asked for.
    /// </summary>
    public static string? Refusal(OrderStatus from, OrderStatus to, OrderActor actor, IStringLocalizer localizer)
    {
        if (Allows(from, to, actor))
        {
            return null;
        }

        string Label(OrderStatus status) => OrderStatusLabels.Of(localizer, status);
        if (from == to)
        {
            return localizer["The order is already {0}.", Label(from)];
        }

        if (actor == OrderActor.Shopper)
        {
            return to == OrderStatus.Cancelled
                ? localizer["This order is {0}, so it can no longer be cancelled here. Please contact us if you need help with it.", Label(from)]
                : localizer["Only the shop can change this order's status."];
        }

        return Find(from, to) is { } transition
            ? localizer["Only {0} may move an order from {1} to {2}.", transition.Actors, Label(from), Label(to)]
            : localizer["An order that is {0} cannot become {1}.", Label(from), Label(to)];
    }

    public static bool CanShopperCancel(OrderStatus status) => Allows(status, OrderStatus.Cancelled, OrderActor.Shopper);

    private static bool Allows(OrderStatus from, OrderStatus to, OrderActor actor) =>
        from != to && Find(from, to) is { } transition && transition.Actors.HasFlag(actor);
}
