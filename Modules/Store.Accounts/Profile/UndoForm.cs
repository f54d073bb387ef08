namespace Store.Accounts.Profile;

/// <summary>The undo link's confirmation form (a GET must not change the account: mail scanners follow links).</summary>
public sealed class UndoForm
{
    public string? Token { get; set; }
}
