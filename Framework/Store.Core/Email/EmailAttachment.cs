namespace Store.Core.Email;

/// <summary>A file to send with a queued email, e.g. <c>new EmailAttachment("INV-2026-000123.pdf", "application/pdf", bytes)</c>.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
