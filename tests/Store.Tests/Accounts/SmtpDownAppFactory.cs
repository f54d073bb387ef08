namespace Store.Tests.Accounts;

/// <summary>SMTP configured, but no server listens until the test starts it: every send fails until then.</summary>
public sealed class SmtpDownAppFactory : SmtpAppFactory
{
    public SmtpDownAppFactory()
        : base(startServer: false, maxAttempts: 3)
    {
    }
}
