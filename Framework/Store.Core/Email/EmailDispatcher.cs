using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;
using Store.Core.Data;

namespace Store.Core.Email;

/// <summary>
/// Sends what is due in the outbox. Several nodes may run it at once: a node takes a message by a
/// conditional update that succeeds only while nobody else holds it, and records the outcome only
/// while its own lease token is still on the row.
/// </summary>
public sealed class EmailDispatcher(IServiceScopeFactory scopes, IEmailTransport transport, EmailOptions options, TimeProvider time, ILogger<EmailDispatcher> logger)
{
    private const int BatchSize = 20;

    /// <summary>Sends every message that is due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
        var messages = db.Set<OutboxMessage>();
        var sent = 0;
        while (true)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var due = await messages.AsNoTracking()
                .Where(m => m.SentUtc == null && m.FailedUtc == null && m.NextAttemptUtc <= now && (m.LeasedUntilUtc == null || m.LeasedUntilUtc < now))
                .OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id)
                .Select(m => m.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return sent;
            }

            foreach (var id in due)
            {
                if (await TrySendAsync(db, id, cancellationToken))
                {
                    sent++;
                }
            }
        }
    }

    private async Task<bool> TrySendAsync(StoreDbContext db, long id, CancellationToken cancellationToken)
    {
        var messages = db.Set<OutboxMessage>();
        var now = time.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid().ToString("n");
        var leasedUntil = now + options.Lease;
        var taken = await messages
            .Where(m => m.Id == id && m.SentUtc == null && m.FailedUtc == null && (m.LeasedUntilUtc == null || m.LeasedUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeasedUntilUtc, leasedUntil).SetProperty(m => m.LeaseToken, token), cancellationToken);
        if (taken == 0)
        {
            return false;
        }

        var message = await messages.AsNoTracking().Include(m => m.Attachments).SingleAsync(m => m.Id == id, cancellationToken);
        var mine = messages.Where(m => m.Id == id && m.LeaseToken == token);
        try
        {
            await transport.SendAsync(ToMime(message), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var attempts = message.Attempts + 1;
            var failedNow = time.GetUtcNow().UtcDateTime;
            var giveUp = attempts >= options.MaxAttempts;
            DateTime? failedUtc = giveUp ? failedNow : null;
            var next = failedNow + Backoff(attempts);
            var error = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
            logger.LogWarning(ex, "Email {Id} to {To} failed (attempt {Attempt} of {Max})", id, message.To, attempts, options.MaxAttempts);
            await mine.ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, error).SetProperty(m => m.NextAttemptUtc, next)
                    .SetProperty(m => m.FailedUtc, failedUtc).SetProperty(m => m.LeasedUntilUtc, (DateTime?)null).SetProperty(m => m.LeaseToken, (string?)null),
                CancellationToken.None);
            return false;
        }

        var sentUtc = time.GetUtcNow().UtcDateTime;
        // The bodies hold live links (password reset); once delivered, only the record of the send is kept.
        await mine.ExecuteUpdateAsync(
            s => s.SetProperty(m => m.SentUtc, sentUtc).SetProperty(m => m.LeasedUntilUtc, (DateTime?)null).SetProperty(m => m.LeaseToken, (string?)null)
                .SetProperty(m => m.HtmlBody, string.Empty).SetProperty(m => m.TextBody, string.Empty),
            CancellationToken.None);
        if (message.Attachments.Count > 0)
        {
            await db.Set<OutboxAttachment>().Where(a => a.OutboxMessageId == id).ExecuteDeleteAsync(CancellationToken.None);
        }

        return true;
    }

    /// <summary>30 s, 1 min, 2 min, ... up to the configured maximum.</summary>
    internal TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 20));
        var wait = options.FirstBackoff * factor;
        return wait < options.MaxBackoff ? wait : options.MaxBackoff;
    }

    private MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = new DateTimeOffset(DateTime.SpecifyKind(message.CreatedUtc, DateTimeKind.Utc)),
            // A stable id lets a receiving server drop the duplicate if a send is retried after a lost reply.
            MessageId = $"outbox-{message.Id}-{message.CreatedUtc.Ticks}@store",
        };
        mime.From.Add(MailboxAddress.Parse(options.Smtp.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        var body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody };
        foreach (var attachment in message.Attachments.OrderBy(a => a.Id))
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }
}
