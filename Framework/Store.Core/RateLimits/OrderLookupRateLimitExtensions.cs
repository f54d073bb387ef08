using Microsoft.AspNetCore.Builder;

namespace Store.Core.RateLimits;

/// <summary>Applies the order look-up limit (<c>RateLimits:OrderLookupPerAddress</c>) to endpoints that find an order by number and email.</summary>
public static class OrderLookupRateLimitExtensions
{
    public static TBuilder RequireOrderLookupRateLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRateLimiting(RateLimits.OrderLookup);
}
