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
        Assert.Equal(40, Key(new string('k', 40)).Key.Key.Length);
        Assert.Throws<InvalidOperationException>(() => Key("too-short"));
        Assert.False(Directory.Exists(Path.Combine(_root, "App_Data")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
