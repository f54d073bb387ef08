using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Api;

namespace Store.Core.RateLimits;

/// <summary>
/// ASP.NET Core's rate limiter with the shop's policies (README, "Rate limits"): <see cref="Api"/> for every
/// API group, <see cref="SignIn"/> for the ways into an account, and <see cref="OrderLookup"/> for the forms that find
/// an order by its number and email (guessing either is what the limit slows). It runs after authorization, so an API call
/// is counted against the token's client or user rather than the cookie's.
/// </summary>
public static class RateLimits
{
    public const string Api = "api";
    public const string SignIn = "sign-in";
    public const string OrderLookup = "order-lookup";

    public static IServiceCollection AddStoreRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddSingleton(options);
        services.AddSingleton<AccountRateLimiter>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Api, http => RateLimitPartition.GetTokenBucketLimiter(ApiPartition(http), _ => options.Api.ToOptions()));
            // Only posts spend tokens: showing the sign-in form costs nothing.
            limiter.AddPolicy(SignIn, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetTokenBucketLimiter("ip:" + ClientAddress(http), _ => options.SignInPerAddress.ToOptions())
                : RateLimitPartition.GetNoLimiter("get"));
            limiter.AddPolicy(OrderLookup, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetTokenBucketLimiter("ip:" + ClientAddress(http), _ => options.OrderLookupPerAddress.ToOptions())
                : RateLimitPartition.GetNoLimiter("get"));
            limiter.OnRejected = (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? Api;
                var bucket = policy switch
                {
                    SignIn => options.SignInPerAddress,
                    OrderLookup => options.OrderLookupPerAddress,
                    _ => options.Api,
                };
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter);
                return new ValueTask(RefuseAsync(http, policy, bucket, retryAfter));
            };
        });
        return services;
    }

    /// <summary>
    /// Refuses the request with 429: <c>Retry-After</c>, the limit in the IETF draft's <c>RateLimit-Policy</c> and
    /// <c>RateLimit</c> headers, and a problem body on the API (pages get the themed status page).
    /// </summary>
    internal static Task RefuseAsync(HttpContext http, string policy, TokenBucket bucket, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["RateLimit-Policy"] = bucket.Describe(policy);
        http.Response.Headers["RateLimit"] = $"\"{policy}\";r=0;t={seconds}";
        if (!http.Request.Path.StartsWithSegments(ApiGroups.Prefix))
        {
            return Task.CompletedTask;
        }

        return ApiProblems.Problem(StatusCodes.Status429TooManyRequests, "Too many requests.", policy == OrderLookup
                ? $"Too many order look-ups from this address: try again in {seconds} seconds."
                : $"This client has used its {Math.Max(1, bucket.Burst)} requests; try again in {seconds} seconds.")
            .ExecuteAsync(http);
    }

    // After authorization the API's user is the token's: an API client, else a user, else nobody.
    private static string ApiPartition(HttpContext http) =>
        http.User.FindFirst(ApiAuthentication.ClientIdClaim)?.Value is { } client ? "client:" + client
        : http.User.FindFirst("sub")?.Value is { } user ? "user:" + user
        : "ip:" + ClientAddress(http);

    // The connection's address; behind a proxy, forwarded headers from configured proxies set it first.
    internal static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
