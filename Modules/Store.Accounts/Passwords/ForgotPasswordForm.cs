namespace Store.Accounts.Passwords;

public sealed class ForgotPasswordForm
{
    public string? Email { get; set; }
}
