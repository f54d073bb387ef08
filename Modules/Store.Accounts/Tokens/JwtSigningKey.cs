using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Store.Accounts.Tokens;

/// <summary>
/// The key that signs API access tokens: <c>Jwt:SigningKey</c> (at least 32 bytes, base64 or text) when set,
/// which every node of a farm must share; otherwise a random key made once per installation and kept in
/// <c>App_Data/jwt-signing.key</c>, so tokens survive a restart and no key ever sits in the repository.
/// </summary>
public sealed class JwtSigningKey
{
    public const string Issuer = "store";
    public const string Audience = "store-api";
    private const int MinimumBytes = 32;

    public JwtSigningKey(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Jwt:SigningKey"];
        var bytes = string.IsNullOrWhiteSpace(configured) ? ReadOrCreate(Path.Combine(environment.ContentRootPath, "App_Data", "jwt-signing.key")) : Decode(configured);
        if (bytes.Length < MinimumBytes)
        {
            throw new InvalidOperationException($"Jwt:SigningKey must hold at least {MinimumBytes} bytes.");
        }

        Key = new SymmetricSecurityKey(bytes);
    }

    public SymmetricSecurityKey Key { get; }

    /// <summary>Called while services are registered, so a weak configured key stops start-up rather than the first API call.</summary>
    public static void CheckConfigured(IConfiguration configuration)
    {
        if (configuration["Jwt:SigningKey"] is { Length: > 0 } configured && !string.IsNullOrWhiteSpace(configured))
        {
            _ = Decode(configured);
        }
    }

    // A value that reads as base64 is base64 (what `openssl rand -base64 32` prints) and must decode to 32 bytes;
    // before, a 32-character base64 of 24 bytes passed as 32 bytes of text.
    private static byte[] Decode(string value)
    {
        var buffer = new byte[value.Length];
        if (!Convert.TryFromBase64String(value, buffer, out var written))
        {
            return Encoding.UTF8.GetBytes(value);
        }

        return written >= MinimumBytes ? buffer[..written]
            : throw new InvalidOperationException($"Jwt:SigningKey is base64 of {written} bytes; it must hold at least {MinimumBytes} (make one with `openssl rand -base64 32`).");
    }

    private static byte[] ReadOrCreate(string file)
    {
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            try
            {
                // CreateNew: when two processes start together, one writes and the other reads its key.
                using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
                stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(64))));
            }
            catch (IOException) when (File.Exists(file))
            {
            }
        }

        return Convert.FromBase64String(File.ReadAllText(file).Trim());
    }
}
