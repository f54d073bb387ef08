using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Store.Core.Sites;

namespace Store.Core.Setup;

/// <summary>
/// Sets the shop up at start-up from <c>Setup:*</c> configuration (flags such as <c>--Setup:Recipe=demo</c> or
/// variables such as <c>Setup__AdminEmail</c>) when <c>Setup:AdminEmail</c> is given and the database is empty.
/// With no password given, one is generated and printed once.
/// </summary>
internal static class UnattendedSetup
{
    /// <summary>
    /// 16 random lower-case letters and digits, grouped for reading aloud, with at least one of each,
    /// so any sensible password policy accepts it (about 80 bits).
    /// </summary>
    internal static string GeneratePassword()
    {
        const string letters = "abcdefghjkmnpqrstuvwxyz";
        const string digits = "23456789";
        const string all = letters + digits;
        var chars = new char[16];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        chars[RandomNumberGenerator.GetInt32(8)] = letters[RandomNumberGenerator.GetInt32(letters.Length)];
        chars[8 + RandomNumberGenerator.GetInt32(8)] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        var text = new string(chars);
        return $"{text[..4]}-{text[4..8]}-{text[8..12]}-{text[12..]}";
    }

    public static async Task RunAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var section = configuration.GetSection("Setup");
        var email = section["AdminEmail"];
        if (string.IsNullOrWhiteSpace(email) || await services.GetRequiredService<SiteState>().GetAsync(cancellationToken) is not null)
        {
            return;
        }

        var password = section["AdminPassword"];
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = GeneratePassword();
        }

        var request = new SetupRequest(section["SiteName"] ?? "Store", email, password!, section["Recipe"] ?? "default", section["Currency"] ?? "USD");
        await using var scope = services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<SetupService>().SetupAsync(request, cancellationToken);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Unattended setup failed: " + string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value}")));
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Store.Setup");
        // The generated password goes to the console only, never to log sinks that outlive the terminal.
        logger.LogWarning("Shop set up with recipe '{Recipe}'. Administrator: {Email}", request.Recipe, email);
        if (generated)
        {
            Console.WriteLine();
            Console.WriteLine("==============================================================");
            Console.WriteLine($"  Admin sign-in at /admin:  {email}");
            Console.WriteLine($"  Password (shown once):    {password}");
            Console.WriteLine("==============================================================");
            Console.WriteLine();
        }
    }
}
