using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Store.Accounts.Emails;

/// <summary>
/// The undo link sent to the old address after an email change. Unlike the other links it does not carry
/// the security stamp: the change itself renews the stamp, and the link must outlive that. It names both
/// addresses, and works only while the account still has the new one.
/// </summary>
public sealed class EmailUndoTokens(IDataProtectionProvider protection, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private readonly IDataProtector _protector = protection.CreateProtector("Store.Accounts.EmailUndo");

    public string Create(string userId, string oldEmail, string newEmail) =>
        WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(string.Join('\n',
            time.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture), userId, oldEmail, newEmail))));

    /// <summary>The user id and both addresses; null when the token is forged, damaged or expired.</summary>
    public (string UserId, string OldEmail, string NewEmail)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000)
        {
            return null;
        }

        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }

        if (parts.Length != 4 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return null;
        }

        var age = time.GetUtcNow().UtcTicks - ticks;
        return age >= 0 && age <= Lifetime.Ticks ? (parts[1], parts[2], parts[3]) : null;
    }
}
