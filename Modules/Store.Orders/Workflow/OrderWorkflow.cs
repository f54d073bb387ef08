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

    /// <summary>Why <paramref name="actor"/> may not move an order from <paramref name="from"/> to <paramref name="to"/>, or null when allowed.</summary>
    public static string? Refusal(OrderStatus from, OrderStatus to, OrderActor actor)
    {
        if (from == to)
        {
            return $"The order is already {from}.";
        }

        var transition = Find(from, to);
        if (transition is not null && transition.Actors.HasFlag(actor))
        {
            return null;
        }

        if (actor == OrderActor.Shopper)
        {
            return to == OrderStatus.Cancelled
                ? $"This order is {from}, so it can no longer be cancelled here. Please contact us if you need help with it."
                : "Only the shop can change this order's status.";
        }

        return transition is null ? $"An order that is {from} cannot become {to}." : $"Only {transition.Actors} may move an order from {from} to {to}.";
    }

    public static bool CanShopperCancel(OrderStatus status) => Refusal(status, OrderStatus.Cancelled, OrderActor.Shopper) is null;
}
