namespace Store.Core.Email;

/// <summary>Wakes the sender when a message was stored, so emails leave at once instead of at the next poll.</summary>
public sealed class EmailSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0);

    public void Notify()
    {
        // One pending wake-up is enough: the sender drains everything that is due when it runs.
        if (_semaphore.CurrentCount == 0)
        {
            _semaphore.Release();
        }
    }

    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var woken = _semaphore.WaitAsync(stop.Token);
        var elapsed = Task.Delay(timeout, time, stop.Token);
        await Task.WhenAny(woken, elapsed);
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Dispose() => _semaphore.Dispose();
}
