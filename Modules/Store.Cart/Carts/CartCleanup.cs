using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Store.Core.Data;
using Store.Core.Jobs;

namespace Store.Cart.Carts;

/// <summary>Deletes anonymous carts past their expiry (their lines go with them), on one node per run.</summary>
internal sealed class CartCleanup(IServiceScopeFactory scopes, TimeProvider time, CartOptions options, ILogger<CartCleanup> logger)
    : ScheduledJob(scopes, time, logger)
{
    protected override string Name => "cart-cleanup";

    protected override TimeSpan Interval => options.CleanupInterval;

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow().UtcDateTime;
        var db = services.GetRequiredService<StoreDbContext>();
        await db.Set<Cart>().Where(c => c.UserId == null && c.ExpiresUtc <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
