namespace Store.Accounts;

/// <summary>The <c>Accounts</c> configuration section.</summary>
public sealed class AccountsOptions
{
    public const string Section = "Accounts";

    /// <summary>
    /// A registration whose address was never confirmed is deleted once it is this old, so an address typed by
    /// someone else (or by a script) does not stay taken for ever. At least the confirmation link's lifetime.
    /// </summary>
    public TimeSpan UnconfirmedAccountMaxAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often one node looks for such registrations.</summary>
    public TimeSpan UnconfirmedAccountCheckInterval { get; set; } = TimeSpan.FromHours(1);
}
