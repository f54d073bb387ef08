using Microsoft.AspNetCore.Identity;

namespace Store.Accounts.Users;

/// <summary>
/// A password check for an email that has no account, or an account that is locked: the same hash work as
/// a real check, so the time of the answer does not tell who has an account.
/// </summary>
internal static class DummyPassword
{
    private static readonly User Nobody = new() { Id = "dummy", UserName = "dummy" };

    private static string? _hash;

    public static void Verify(IPasswordHasher<User> hasher, string password)
    {
        // Made once with the shop's own hasher, so its cost (iterations, algorithm) matches the real hashes'.
        _hash ??= hasher.HashPassword(Nobody, "not-a-password-0");
        hasher.VerifyHashedPassword(Nobody, _hash, password);
    }
}
