using Store.Orders.Contracts;

namespace Store.Orders.Live;

/// <summary>
/// Tells open order pages that a status changed, on whichever node made the change. The implementation
/// (<see cref="PollingOrderStatusNotifier"/>) polls the database, so it works across nodes on PostgreSQL and
/// on a single SQLite node alike; a LISTEN/NOTIFY one could replace it behind this interface.
/// </summary>
internal interface IOrderStatusNotifier
{
    /// <summary>A change committed on this node: look now rather than at the next poll.</summary>
    void Changed(int orderId);

    /// <summary>Each status the order takes after <paramref name="known"/>, until cancelled.</summary>
    IAsyncEnumerable<OrderStatus> WatchAsync(int orderId, OrderStatus known, CancellationToken cancellationToken);
}
