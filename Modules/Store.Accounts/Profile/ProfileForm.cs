namespace Store.Accounts.Profile;

/// <summary>The name-and-email form; the current password confirms an email change.</summary>
public sealed class ProfileForm
{
    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public string? CurrentPassword { get; set; }
}
