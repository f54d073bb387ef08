using Microsoft.EntityFrameworkCore;
using Store.Core.Data;

namespace Store.Core.Email;

/// <summary>
/// How a module sends an email: <c>await outbox.QueueAsync(to, "ConfirmEmail", model)</c>, then the caller's
/// own <c>SaveChangesAsync</c> stores the message with the change that caused it. The sender is woken
/// once the save (or its transaction) has committed.
/// </summary>
public sealed class EmailOutbox(StoreDbContext db, EmailRenderer renderer, TimeProvider time)
{
    public Task QueueAsync(string to, string template, object model, CancellationToken cancellationToken = default) =>
        QueueAsync(to, template, model, [], cancellationToken);

    /// <summary>The same, with files attached (copied into the outbox, so they go out as they were when queued).</summary>
    public async Task QueueAsync(string to, string template, object model, IReadOnlyList<EmailAttachment> attachments, CancellationToken cancellationToken = default)
    {
        var email = await renderer.RenderAsync(template, model, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Attachments = attachments.Select(a => new OutboxAttachment { FileName = a.FileName, ContentType = a.ContentType, Content = a.Content }).ToList(),
            To = Mailbox(to),
            Subject = email.Subject,
            HtmlBody = email.HtmlBody,
            TextBody = email.TextBody,
            CreatedUtc = now,
            NextAttemptUtc = now,
        });
    }

    /// <summary>How many messages to <paramref name="to"/> were queued within <paramref name="window"/>: lets a
    /// caller refuse to flood one mailbox (a stranger asking for password resets in a loop).</summary>
    public Task<int> CountRecentAsync(string to, TimeSpan window, CancellationToken cancellationToken = default)
    {
        var since = time.GetUtcNow().UtcDateTime - window;
        var mailbox = Mailbox(to);
        return db.Set<OutboxMessage>().CountAsync(m => m.To == mailbox && m.CreatedUtc >= since, cancellationToken);
    }

    // Mail servers treat an address without regard to case; stored and counted in lower case, one mailbox is one
    // address to the flood check however it was typed (otherwise "Ann@", "aNn@", ... each get their own five).
    private static string Mailbox(string address) => address.Trim().ToLowerInvariant();
}
