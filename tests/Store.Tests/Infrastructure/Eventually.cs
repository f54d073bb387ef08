namespace Store.Tests.Infrastructure;

/// <summary>
/// Waits on a condition for work the shop does in the background (the email sender), polling instead
/// of sleeping a fixed time, so a test is as fast as the shop and fails only after a generous deadline.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Polls <paramref name="probe"/> until it gives a value; throws when the deadline passes.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, string failure, TimeSpan timeout, Action? betweenTries = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(PollInterval);
            betweenTries?.Invoke();
        }

        throw new TimeoutException(failure);
    }

    /// <summary>Polls <paramref name="condition"/> until it holds or the deadline passes; the caller asserts after.</summary>
    public static async Task UntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(PollInterval);
        }
    }
}
