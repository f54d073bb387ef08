namespace Store.Orders.Checkout;

/// <summary>
/// How many orders this node places at once: reading the cart, pricing it, holding stock and writing the order.
/// Without it, two hundred buyers pressing "Place order" for the last ten units at the same moment priced two hundred
/// carts side by side (tax, shipping, currency, codes) before any of them reached the stock, and the last answer came
/// after all that work (bench/README.md, "Load", contention). Through the gate, those who come in after the stock ran
/// out read their cart against it (two short queries) and are told it sold out without pricing anything. The
/// database stays the only judge of stock (<c>TryReserveAsync</c>): the gate only bounds the work in flight, per node.
/// </summary>
internal sealed class PlacementGate(OrdersOptions options) : IDisposable
{
    private readonly SemaphoreSlim _permits = new(Math.Max(1, options.ConcurrentPlacements));

    /// <summary>Waits for a turn (first come, first served); disposing the result gives it back.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _permits.WaitAsync(cancellationToken);
        return new Turn(_permits);
    }

    public void Dispose() => _permits.Dispose();

    private sealed class Turn(SemaphoreSlim permits) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                permits.Release();
            }
        }
    }
}
