namespace Store.Accounts.Sessions;

/// <summary>One line of the account's session list.</summary>
public sealed record SessionView(long Id, string Device, string Address, DateTime SignedInUtc, DateTime LastSeenUtc, bool IsCurrent);
