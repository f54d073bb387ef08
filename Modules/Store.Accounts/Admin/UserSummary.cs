namespace Store.Accounts.Admin;

/// <summary>A user as the admin list shows it.</summary>
public sealed record UserSummary(string Id, string Email, string DisplayName, bool EmailConfirmed, bool LockedOut, DateTime CreatedUtc, IReadOnlyList<string> Roles);
