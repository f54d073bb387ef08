using System.Collections.Concurrent;
using System.Reflection;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Store.Core.RateLimits;

/// <summary>
/// The per-account half of the sign-in limits: a token bucket per email address named by the posted form or
/// request, so guesses spread over many addresses (or one address from many) are both slowed. The address is
/// read from the bound argument's <c>Email</c> property, after binding; the endpoint limiter cannot see bodies.
/// </summary>
public sealed class AccountRateLimiter(RateLimitOptions options) : IDisposable
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> EmailProperties = new();

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        email => RateLimitPartition.GetTokenBucketLimiter(email, _ => options.SignInPerAccount.ToOptions()));

    public void Dispose() => _limiter.Dispose();

    internal async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var email = context.Arguments.Select(EmailOf).FirstOrDefault(e => !string.IsNullOrWhiteSpace(e));
        if (email is null)
        {
            return await next(context);
        }

        using var lease = _limiter.AttemptAcquire(email.Trim().ToUpperInvariant());
        if (lease.IsAcquired)
        {
            return await next(context);
        }

        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter);
        await RateLimits.RefuseAsync(context.HttpContext, RateLimits.SignIn, options.SignInPerAccount, retryAfter);
        return Results.Empty;
    }

    private static string? EmailOf(object? argument) =>
        argument is null ? null
        : EmailProperties.GetOrAdd(argument.GetType(), t => t.GetProperty("Email") is { PropertyType: var p } property && p == typeof(string) ? property : null)
            ?.GetValue(argument) as string;
}
