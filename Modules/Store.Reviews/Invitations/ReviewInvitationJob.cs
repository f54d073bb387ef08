using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Store.Catalog.Contracts;
using Store.Core.Data;
using Store.Core.Email;
using Store.Core.Jobs;
using Store.Orders.Contracts;

namespace Store.Reviews.Invitations;

/// <summary>
/// Emails customers <see cref="ReviewsOptions.InvitationDays"/> after their order was delivered, inviting them to review
/// its products. One invitation per order: the invitation row and the outbox message are written in one transaction,
/// and the row's unique index refuses a second (a run overlapping another, or another node).
/// </summary>
internal sealed class ReviewInvitationJob(IServiceScopeFactory scopes, TimeProvider time, ReviewsOptions options, ILogger<ReviewInvitationJob> logger)
    : ScheduledJob(scopes, time, logger)
{
    private const int Batch = 100;

    // Deliveries older than this are left alone: a shop that turns invitations on does not mail its whole history.
    private static readonly TimeSpan Window = TimeSpan.FromDays(30);

    protected override string Name => "review-invitations";

    protected override TimeSpan Interval => options.InvitationInterval;

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (options.InvitationDays <= 0)
        {
            return;
        }

        var db = services.GetRequiredService<StoreDbContext>();
        var purchases = services.GetRequiredService<IDeliveredPurchases>();
        var catalog = services.GetRequiredService<ICatalogProducts>();
        var outbox = services.GetRequiredService<EmailOutbox>();
        var origin = services.GetRequiredService<EmailOptions>().PublicOrigin(null);
        var until = Time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.InvitationDays);
        var delivered = await purchases.DeliveredBetweenAsync(until - Window, until, 1000, cancellationToken);
        var ids = delivered.Select(o => o.OrderId).ToList();
        var invited = (await db.Set<ReviewInvitation>().AsNoTracking().Where(i => ids.Contains(i.OrderId)).Select(i => i.OrderId).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var order in delivered.Where(o => !invited.Contains(o.OrderId)).Take(Batch))
        {
            var products = await catalog.GetPublishedAsync([], order.Products.Select(p => p.ProductId).ToList(), cancellationToken);
            if (products.Count == 0)
            {
                continue;
            }

            try
            {
                await db.InTransactionAsync(async () =>
                {
                    db.Add(new ReviewInvitation { OrderId = order.OrderId, SentUtc = Time.GetUtcNow().UtcDateTime });
                    var links = products.Select(p => new ReviewInvitationLink(p.Name, $"{origin}/products/{Uri.EscapeDataString(p.Slug)}/review")).ToList();
                    await outbox.QueueAsync(order.Email, "ReviewInvitation", new ReviewInvitationEmail(order.FullName, order.Number, links), cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    return true;
                }, cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another run invited this order first.
                db.ChangeTracker.Clear();
            }
        }
    }
}
