namespace Store.Orders.Live;

/// <summary>
/// Tells open order pages that an order changed (status, shipments, documents), on whichever node made the change. The implementation
/// (<see cref="PollingOrderStatusNotifier"/>) polls the database, so it works across nodes on PostgreSQL and
/// on a single SQLite node alike; a LISTEN/NOTIFY one could replace it behind this interface.
/// </summary>
internal interface IOrderStatusNotifier
{
    /// <summary>A change committed on this node: look now rather than at the next poll.</summary>
    void Changed(int orderId);

    /// <summary>Each change of the order after <paramref name="known"/> (status, shipments, deliveries, documents), until cancelled.</summary>
    IAsyncEnumerable<OrderMark> WatchAsync(int orderId, OrderMark known, CancellationToken cancellationToken);
}
