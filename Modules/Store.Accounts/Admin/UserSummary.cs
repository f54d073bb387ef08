namespace Store.Accounts.Admin;

public sealed record UserSummary(string Id, string Email, string DisplayName, bool EmailConfirmed, bool LockedOut, DateTime CreatedUtc, IReadOnlyList<string> Roles);
