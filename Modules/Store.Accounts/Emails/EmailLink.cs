namespace Store.Accounts.Emails;

/// <summary>The model of account emails: who they greet, the link to follow and how long it works.</summary>
public sealed record EmailLink(string Name, string Email, string Url, string ValidFor);
