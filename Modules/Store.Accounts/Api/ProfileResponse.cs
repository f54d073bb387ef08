namespace Store.Accounts.Api;

/// <summary>The signed-in user's profile.</summary>
public sealed record ProfileResponse(string Id, string Email, string DisplayName, bool EmailConfirmed, IReadOnlyList<string> Roles, string? PendingEmailNotice = null);
