namespace Store.Accounts.Passwords;

public sealed class ResetPasswordForm
{
    public string? User { get; set; }

    public string? Token { get; set; }

    public string? Password { get; set; }
}
