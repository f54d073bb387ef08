namespace Store.Core.RateLimits;

/// <summary>The <c>RateLimits</c> section (README, "Rate limits"). Limits are per node.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Every <c>/api/v1</c> call, per API client, else per user, else per client address.</summary>
    public TokenBucket Api { get; set; } = new() { Burst = 120, PerMinute = 120 };

    /// <summary>Sign-in, token, registration, password reset and confirmation resend, per client address.</summary>
    public TokenBucket SignInPerAddress { get; set; } = new() { Burst = 20, PerMinute = 10 };

    /// <summary>The same forms and calls per email address they name, whoever sends them.</summary>
    public TokenBucket SignInPerAccount { get; set; } = new() { Burst = 6, PerMinute = 3 };

    /// <summary>Finding an order by number and email (<c>/orders/find</c>, <c>/withdraw</c> and its API), per client address.</summary>
    public TokenBucket OrderLookupPerAddress { get; set; } = new() { Burst = 10, PerMinute = 5 };
}
