using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Core.Email;
using Store.Orders.Contracts;
using Store.Payments.Data;
using Store.Payments.Providers;

namespace Store.Payments.Checkout;

/// <summary>
/// Sends a shopper from a pending order to pay: an open session of the current provider is reused; otherwise the
/// next attempt is opened with the idempotency key <c>checkout-{number}-{attempt}</c>, so a retried or doubled
/// request gets the same session from the provider and the unique (order, attempt) row keeps one of them.
/// </summary>
internal sealed class PaymentStart(StoreDbContext db, IOrderPayments orders, PaymentProviders providers, EmailOptions email, IHttpContextAccessor http, TimeProvider time)
{
    /// <summary>Stripe ends a session between 30 minutes and 24 hours after it is made; a minute of margin for clocks.</summary>
    public static readonly TimeSpan MinimumLife = TimeSpan.FromMinutes(31);

    public static readonly TimeSpan MaximumLife = TimeSpan.FromHours(23);

    /// <param name="userId">The customer, or null for a guest (then the order must be a guest's).</param>
    /// <param name="pageBase">Where the provider sends the shopper back: <c>/account/orders/{number}</c>, or the guest's <c>/order/{token}</c> (the same token for a doubled click, so the provider sees the same parameters).</param>
    public async Task<StartOutcome> StartAsync(string number, string? userId, string pageBase, CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(number, cancellationToken);
        if (order is null || order.UserId != userId)
        {
            return new StartOutcome(StartResult.NotFound, Message: "No such order.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (order.Status != OrderStatus.Pending)
        {
            return new StartOutcome(StartResult.Refused, Message: order.PaidUtc is not null ? "This order is already paid." : $"This order is {order.Status}, so it can no longer be paid.");
        }

        if (order.HoldExpiresUtc is { } hold && hold <= now)
        {
            return new StartOutcome(StartResult.Refused, Message: "The time to pay for this order has run out and its items were released. Please place a new order.");
        }

        if (order.Total == 0)
        {
            // Placing an order that costs nothing pays it at once (Orders README); this catches one left pending, as
            // no provider takes a zero amount (Stripe refuses the session). The success page shows it paid.
            var nothing = OrderPayment.OfNothing(number, now);
            await orders.MarkPaidAsync(number, nothing, cancellationToken);
            return new StartOutcome(StartResult.Redirect, Link($"/account/orders/{number}/payment/success"), nothing.SessionId);
        }

        var provider = providers.Current;
        // One read decides both "reuse" and "which attempt": two requests at once either see the same latest
        // attempt (and reuse it) or neither sees it (and both ask for the same attempt, hence the same key).
        var sessions = db.Set<PaymentSession>().AsNoTracking().Where(s => s.OrderNumber == number);
        var latest = await sessions.OrderByDescending(s => s.Attempt).FirstOrDefaultAsync(cancellationToken);
        if (latest is { Status: PaymentSessionStatus.Open } && latest.Provider == provider.Name && latest.ExpiresUtc > now)
        {
            return new StartOutcome(StartResult.Redirect, latest.Url, latest.SessionId);
        }

        var attempt = (latest?.Attempt ?? 0) + 1;
        var expires = ExpiryFor(order.HoldExpiresUtc, now);
        var request = new SessionRequest(order, Link($"{pageBase}/payment/success"), Link($"{pageBase}/payment/cancel"), expires);
        if (order.ChargedSum != order.Total)
        {
            // The session's lines must add up to what the order says it costs; a mismatch is a bug, never charged.
            return new StartOutcome(StartResult.Refused, Message: "This order's lines do not add up to its total; please contact us.");
        }

        var session = await provider.CreateSessionAsync(request, $"checkout-{number}-{attempt}", cancellationToken);
        db.Set<PaymentSession>().Add(new PaymentSession
        {
            OrderNumber = number,
            Attempt = attempt,
            Provider = provider.Name,
            SessionId = session.Id,
            Url = session.Url,
            ExpiresUtc = expires,
            Status = PaymentSessionStatus.Open,
            CreatedUtc = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same attempt made at the same moment: the provider answered both with one session; use the stored one.
            db.ChangeTracker.Clear();
            var stored = await sessions.FirstAsync(s => s.Attempt == attempt, cancellationToken);
            return new StartOutcome(StartResult.Redirect, stored.Url, stored.SessionId);
        }

        await orders.SaveSessionAsync(number, provider.Name, session.Id, cancellationToken);
        return new StartOutcome(StartResult.Redirect, session.Url, session.Id);
    }

    /// <summary>
    /// The hold's end, moved into the window Stripe accepts (README). A moved-up end is rounded up to five
    /// minutes, so requests made at the same moment send the same parameters with their shared idempotency key
    /// (Stripe refuses a key reused with other parameters).
    /// </summary>
    public static DateTime ExpiryFor(DateTime? holdExpiresUtc, DateTime now)
    {
        var wanted = holdExpiresUtc ?? now + MaximumLife;
        if (wanted < now + MinimumLife)
        {
            var step = TimeSpan.FromMinutes(5).Ticks;
            var floor = (now + MinimumLife).Ticks;
            return new DateTime((floor + step - 1) / step * step, DateTimeKind.Utc);
        }

        var clamped = wanted > now + MaximumLife ? now + MaximumLife : wanted;
        // Stripe takes whole seconds.
        return new DateTime(clamped.Ticks - (clamped.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }

    private string Link(string path)
    {
        var baseUrl = email.BaseUrl.TrimEnd('/');
        if (baseUrl.Length == 0 && http.HttpContext is { } context)
        {
            baseUrl = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        }

        return baseUrl + path;
    }
}
