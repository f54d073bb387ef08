namespace Store.Tests.Accounts;

/// <summary>SMTP never answers and the sender gives up after one attempt.</summary>
public sealed class SmtpGoneAppFactory : SmtpAppFactory
{
    public SmtpGoneAppFactory()
        : base(startServer: false, maxAttempts: 1)
    {
    }
}
