namespace Store.Accounts.Profile;

public sealed record AccountSummary(string DisplayName, string Email);
