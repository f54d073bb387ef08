namespace Store.Accounts.Privacy;

/// <summary>The erase-my-account form, and the API's body: the password, always, since nothing brings the account back.</summary>
public sealed class ErasureForm
{
    public string? Password { get; set; }
}
