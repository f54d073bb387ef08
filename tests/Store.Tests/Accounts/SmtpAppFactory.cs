using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

/// <summary>The shop sending its emails over SMTP to a real server inside the test.</summary>
public class SmtpAppFactory : StoreAppFactory
{
    public SmtpAppFactory()
        : this(startServer: true, maxAttempts: 8)
    {
    }

    protected SmtpAppFactory(bool startServer, int maxAttempts)
    {
        Smtp = new SmtpTestServer();
        if (startServer)
        {
            Smtp.Start();
        }

        Setting("Email:Smtp:Host", "127.0.0.1");
        Setting("Email:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Setting("Email:Smtp:UseTls", "false");
        Setting("Email:Smtp:From", "Test shop <shop@test.local>");
        Setting("Email:MaxAttempts", maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Setting("Email:BaseUrl", "https://shop.test");
    }

    public SmtpTestServer Smtp { get; }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
