namespace Store.Accounts.Passwords;

/// <summary>The change-password form.</summary>
public sealed class ChangePasswordForm
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }
}
