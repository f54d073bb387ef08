namespace Store.Accounts.Audit;

/// <summary>One line of the admin's audit log.</summary>
public sealed record AuditView(DateTime AtUtc, string Actor, string Action, string Target, string Details, string Address);
