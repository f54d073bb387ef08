using Microsoft.AspNetCore.Identity;

namespace Store.Accounts.Roles;

/// <summary>A named set of permissions, carried as role claims of type <c>permission</c>.</summary>
public sealed class Role : IdentityRole
{
    public Role()
    {
    }

    public Role(string name)
        : base(name)
    {
    }

    public string Description { get; set; } = string.Empty;
}
