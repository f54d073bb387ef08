using Microsoft.AspNetCore.Identity;

namespace Store.Accounts.Users;

/// <summary>A person who signs in: a shopper, or staff with roles. The email is the user name.</summary>
public sealed class User : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }
}
