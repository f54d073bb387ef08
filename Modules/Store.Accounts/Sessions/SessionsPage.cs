namespace Store.Accounts.Sessions;

/// <summary>The account's session list page.</summary>
public sealed record SessionsPage(IReadOnlyList<SessionView> Sessions);
