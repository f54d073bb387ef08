using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Store.Orders.Abandoned;

/// <summary>
/// Signs who a reminder went to (an account, or a guest's email address) into the token of its unsubscribe link, with
/// data protection (the key ring every node shares), so the link works without signing in and a changed character
/// finds nobody.
/// </summary>
internal sealed class UnsubscribeLinks(IDataProtectionProvider protection)
{
    private const string UserKind = "u:";
    private const string EmailKind = "e:";

    private IDataProtector Protector => protection.CreateProtector("Store.Orders.Unsubscribe");

    public string PathOf(string? userId, string email) => "/unsubscribe/" + Protector.Protect(userId is null ? EmailKind + email : UserKind + userId);

    /// <summary>The account (UserId) or the guest's email the token names; null when it is not one of ours.</summary>
    public (string? UserId, string? Email)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            var value = Protector.Unprotect(token);
            return value.StartsWith(UserKind, StringComparison.Ordinal) ? (value[UserKind.Length..], null)
                : value.StartsWith(EmailKind, StringComparison.Ordinal) ? (null, value[EmailKind.Length..])
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
