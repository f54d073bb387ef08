using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Store.Accounts.Users;

/// <summary>
/// Tokens for email links (confirm, reset, change email). Identity's own provider reads the system clock;
/// this one reads <see cref="TimeProvider"/> so expiry is testable, and each purpose has its own lifetime.
/// A token carries the security stamp, so a password reset or email change makes every older link void.
/// </summary>
internal sealed class TimedTokenProvider(IDataProtectionProvider protection, TimeProvider time) : IUserTwoFactorTokenProvider<User>
{
    public const string Name = "StoreTimed";

    private readonly IDataProtector _protector = protection.CreateProtector("Store.Accounts.EmailLinks");

    public static TimeSpan LifetimeOf(string purpose) => purpose switch
    {
        UserManager<User>.ResetPasswordTokenPurpose => TimeSpan.FromHours(1),
        UserManager<User>.ConfirmEmailTokenPurpose => TimeSpan.FromDays(2),
        _ => TimeSpan.FromDays(1),
    };

    public async Task<string> GenerateAsync(string purpose, UserManager<User> manager, User user)
    {
        var stamp = await manager.GetSecurityStampAsync(user);
        var payload = string.Join('\n', time.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture), user.Id, purpose, stamp);
        return WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(payload)));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<User> manager, User user)
    {
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return false;
        }

        if (parts.Length != 4 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return false;
        }

        var age = time.GetUtcNow().UtcTicks - ticks;
        return age >= 0 && age <= LifetimeOf(purpose).Ticks
            && parts[1] == user.Id
            && parts[2] == purpose
            && parts[3] == await manager.GetSecurityStampAsync(user);
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<User> manager, User user) => Task.FromResult(false);
}
