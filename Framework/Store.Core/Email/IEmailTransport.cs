using MimeKit;

namespace Store.Core.Email;

/// <summary>Delivers one message: over SMTP, or into the pickup folder when no SMTP host is configured.</summary>
public interface IEmailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
