using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Store.Orders.Contracts;

namespace Store.Orders.Guests;

/// <summary>
/// Signs order numbers into the tokens of guest links with ASP.NET Core data protection (the key ring every node
/// shares through the database; no key in configuration or the repository). Two kinds: an <em>email</em> link,
/// sent only to the order's address, which also proves the guest reads that mailbox (so it may turn the order into
/// an account); and a <em>site</em> link, handed out after checkout or the number-and-email lookup, which shows the
/// order and lets the guest pay, cancel or return, but not claim it. A changed character fails the signature.
/// </summary>
internal sealed class GuestLinks(IDataProtectionProvider protection) : IGuestOrderLinks
{
    private const string EmailKind = "e:";
    private const string SiteKind = "s:";

    private IDataProtector Protector => protection.CreateProtector("Store.Orders.GuestOrderLink");

    public string PathOf(string number) => "/order/" + Protector.Protect(SiteKind + number);

    /// <summary>The path written into the order's emails.</summary>
    public string EmailPathOf(string number) => "/order/" + Protector.Protect(EmailKind + number);

    public string? NumberOf(string? token) => Read(token)?.Number;

    /// <summary>The number and whether the token came by email; null when the token is not one of ours.</summary>
    public (string Number, bool FromEmail)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 500)
        {
            return null;
        }

        try
        {
            var value = Protector.Unprotect(token);
            return value.StartsWith(EmailKind, StringComparison.Ordinal) ? (value[EmailKind.Length..], true)
                : value.StartsWith(SiteKind, StringComparison.Ordinal) ? (value[SiteKind.Length..], false)
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
