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

    private static byte[] Decode(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) && written >= MinimumBytes ? buffer[..written] : Encoding.UTF8.GetBytes(value);
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
