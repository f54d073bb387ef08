using System.Threading.RateLimiting;

namespace Store.Core.RateLimits;

/// <summary>One configurable token bucket: up to <see cref="Burst"/> requests at once, refilled by <see cref="PerMinute"/> a minute.</summary>
public sealed class TokenBucket
{
    public int Burst { get; set; }

    public int PerMinute { get; set; }

    internal TokenBucketRateLimiterOptions ToOptions() => new()
    {
        TokenLimit = Math.Max(1, Burst),
        TokensPerPeriod = Math.Max(1, PerMinute),
        ReplenishmentPeriod = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>The limit as the IETF draft's <c>RateLimit-Policy</c> item: quota and window in seconds.</summary>
    internal string Describe(string name) => $"\"{name}\";q={Math.Max(1, Burst)};w=60";
}
