using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Store.Core.RateLimits;

/// <summary>Applies the sign-in limits to endpoints: per client address and per account named in the request.</summary>
public static class SignInRateLimitExtensions
{
    public static TBuilder RequireSignInRateLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRateLimiting(RateLimits.SignIn)
            .AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<AccountRateLimiter>().FilterAsync(context, next));
}
