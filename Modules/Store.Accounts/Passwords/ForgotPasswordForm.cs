namespace Store.Accounts.Passwords;

/// <summary>The forgotten-password form.</summary>
public sealed class ForgotPasswordForm
{
    public string? Email { get; set; }
}
