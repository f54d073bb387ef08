namespace Store.Accounts.Api;

public sealed record ProfileResponse(string Id, string Email, string DisplayName, bool EmailConfirmed, IReadOnlyList<string> Roles, string? PendingEmailNotice = null);
