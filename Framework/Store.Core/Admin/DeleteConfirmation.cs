namespace Store.Core.Admin;

/// <summary>
/// What the admin's confirmation page (partial <c>_ConfirmDelete</c>) says before a destructive action: what will
/// go, and what else goes with it. The page's form posts back to the same page; Cancel leads to <see cref="CancelUrl"/>.
/// </summary>
public sealed record DeleteConfirmation(string Heading, string Summary, IReadOnlyList<string> AlsoGoes, string ButtonText, string CancelUrl);
