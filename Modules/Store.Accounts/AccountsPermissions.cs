using Store.Core.Security;

namespace Store.Accounts;

public static class AccountsPermissions
{
    /// <summary>List users, lock and unlock them, assign roles. Only the Administrator holds it by default.</summary>
    public static readonly Permission ManageUsers = new("Accounts.ManageUsers", "Manage users and their roles");

    /// <summary>Create and revoke API clients. Only the Administrator holds it by default.</summary>
    public static readonly Permission ManageApiClients = new("Accounts.ManageApiClients", "Create and revoke API clients");

    public static IReadOnlyList<Permission> All { get; } = [ManageUsers, ManageApiClients];
}
