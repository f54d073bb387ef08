namespace Store.Accounts.Profile;

/// <summary>The account overview page.</summary>
public sealed record AccountSummary(string DisplayName, string Email);
