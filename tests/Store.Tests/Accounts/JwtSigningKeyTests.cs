using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Store.Accounts.Tokens;

namespace Store.Tests.Accounts;

public sealed class JwtSigningKeyTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "store-tests", Guid.NewGuid().ToString("n"));

    private JwtSigningKey Key(string? configured = null) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Jwt:SigningKey"] = configured }).Build(),
            new HostingEnvironment { ContentRootPath = _root });

    [Fact]
    public void Without_configuration_a_key_is_made_once_per_installation_and_kept()
    {
        var first = Key();
        var second = Key();

        Assert.True(File.Exists(Path.Combine(_root, "App_Data", "jwt-signing.key")));
        Assert.Equal(64, first.Key.Key.Length);
        Assert.Equal(first.Key.Key, second.Key.Key);
    }

    [Fact]
    public void A_configured_key_is_used_and_a_short_one_refused()
    {
        var base64 = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

        Assert.Equal(32, Key(base64).Key.Key.Length);
        Assert.Equal(40, Key("a passphrase of forty characters, really").Key.Key.Length);
        Assert.Throws<InvalidOperationException>(() => Key("too-short"));
        // 32 characters of base64 are 24 bytes: refused, naming what is wrong, not taken as 32 bytes of text.
        var weak = Assert.Throws<InvalidOperationException>(() => Key(Convert.ToBase64String(new byte[24])));
        Assert.Contains("base64 of 24 bytes", weak.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "App_Data")));
    }

    [Fact]
    public void A_short_base64_key_stops_start_up_with_a_message()
    {
        using var app = new WeakKeyApp();
        var failure = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains("Jwt:SigningKey is base64 of 16 bytes", failure.ToString(), StringComparison.Ordinal);
    }

    private sealed class WeakKeyApp : Store.Tests.Infrastructure.StoreAppFactory
    {
        public WeakKeyApp() => Setting("Jwt:SigningKey", Convert.ToBase64String(new byte[16]));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
