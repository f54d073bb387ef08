using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Store.Wishlist.Alerts;

/// <summary>
/// The unsubscribe link of an alert email: the alert's id signed with data protection (the key ring every node shares
/// through the database), so it works without signing in and a changed character fails the signature.
/// </summary>
internal sealed class AlertLinks(IDataProtectionProvider protection)
{
    private const string Kind = "u:";

    private IDataProtector Protector => protection.CreateProtector("Store.Wishlist.AlertUnsubscribe");

    public string PathOf(int alertId) => "/wishlist/alerts/unsubscribe/" + Protector.Protect(Kind + alertId.ToString(CultureInfo.InvariantCulture));

    /// <summary>The alert id, or null when the token is not one of ours.</summary>
    public int? AlertIdOf(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 500)
        {
            return null;
        }

        try
        {
            var value = Protector.Unprotect(token);
            return value.StartsWith(Kind, StringComparison.Ordinal) && int.TryParse(value[Kind.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
