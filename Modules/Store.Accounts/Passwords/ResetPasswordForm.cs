namespace Store.Accounts.Passwords;

/// <summary>The reset form; user and token come from the emailed link.</summary>
public sealed class ResetPasswordForm
{
    public string? User { get; set; }

    public string? Token { get; set; }

    public string? Password { get; set; }
}
