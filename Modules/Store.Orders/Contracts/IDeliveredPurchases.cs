namespace Store.Orders.Contracts;

/// <summary>
/// Delivered purchases, for a later module (Reviews): whether a customer's order holding a product has a delivered
/// shipment of it (a verified buyer), and which deliveries fall in a time window (review invitations).
/// </summary>
public interface IDeliveredPurchases
{
    /// <summary>The first delivery of <paramref name="productId"/> to the customer's orders, with the name on the order; null when none was delivered.</summary>
    Task<DeliveredPurchase?> FindAsync(string userId, int productId, CancellationToken cancellationToken);

    /// <summary>Orders of signed-up customers whose last shipment was delivered in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), oldest first.</summary>
    Task<IReadOnlyList<DeliveredOrder>> DeliveredBetweenAsync(DateTime fromUtc, DateTime toUtc, int take, CancellationToken cancellationToken);
}
