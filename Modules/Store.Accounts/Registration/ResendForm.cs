namespace Store.Accounts.Registration;

/// <summary>The form asking for a new confirmation link.</summary>
public sealed class ResendForm
{
    public string? Email { get; set; }
}
