namespace Store.Accounts.Passwords;

public sealed class ForgotPasswordForm
{
    public string? Email { get; set; }
}

public sealed class ResetPasswordForm
{
    public string? User { get; set; }

    public string? Token { get; set; }

    public string? Password { get; set; }
}

public sealed class ChangePasswordForm
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }
}
