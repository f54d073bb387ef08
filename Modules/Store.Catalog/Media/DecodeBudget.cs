namespace Store.Catalog.Media;

/// <summary>
/// Memory for decoding images, shared by every upload and variant of the process: a decode reserves what
/// its pixels will take before it starts, waits in line while the budget is spent, and gives up after a
/// while (the caller answers 503 with Retry-After). One decode larger than the whole budget runs alone.
/// The line is first come, first served: only its head waits for memory, so large images are not starved.
/// </summary>
internal sealed class DecodeBudget : IDisposable
{
    private readonly SemaphoreSlim _head = new(1, 1);
    private readonly SemaphoreSlim _returned = new(0);
    private readonly Lock _gate = new();
    private long _available;

    public DecodeBudget(long capacity)
    {
        Capacity = capacity;
        _available = capacity;
    }

    public long Capacity { get; }

    /// <summary>Null when <paramref name="bytes"/> could not be reserved within <paramref name="wait"/>.</summary>
    public async Task<IDisposable?> TryReserveAsync(long bytes, TimeSpan wait, CancellationToken cancellationToken)
    {
        bytes = Math.Clamp(bytes, 1, Capacity);
        var deadline = DateTime.UtcNow + wait;
        if (!await _head.WaitAsync(wait, cancellationToken))
        {
            return null;
        }

        try
        {
            while (true)
            {
                lock (_gate)
                {
                    if (_available >= bytes)
                    {
                        _available -= bytes;
                        return new Reservation(this, bytes);
                    }
                }

                var left = deadline - DateTime.UtcNow;
                // A stale signal only costs another look at the counter.
                if (left <= TimeSpan.Zero || !await _returned.WaitAsync(left, cancellationToken))
                {
                    return null;
                }
            }
        }
        finally
        {
            _head.Release();
        }
    }

    public void Dispose()
    {
        _head.Dispose();
        _returned.Dispose();
    }

    private void Return(long bytes)
    {
        lock (_gate)
        {
            _available += bytes;
        }

        _returned.Release();
    }

    private sealed class Reservation(DecodeBudget budget, long bytes) : IDisposable
    {
        private int _returned;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _returned, 1) == 0)
            {
                budget.Return(bytes);
            }
        }
    }
}
