using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Store.Core.Email;

internal sealed class SmtpEmailTransport(EmailOptions options) : IEmailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Smtp;
        var security = !smtp.UseTls ? SecureSocketOptions.None
            : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
