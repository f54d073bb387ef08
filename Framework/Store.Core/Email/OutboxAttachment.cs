namespace Store.Core.Email;

/// <summary>
/// A file sent with an <see cref="OutboxMessage"/> (an invoice PDF): a copy of the bytes, written with the
/// message, so Core needs to know nothing of the module that made it and a later change of the source cannot
/// alter what was queued. Deleted once the message is sent, like the bodies are blanked.
/// </summary>
public sealed class OutboxAttachment
{
    public long Id { get; set; }

    public long OutboxMessageId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }
}
