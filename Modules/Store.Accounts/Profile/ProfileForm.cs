namespace Store.Accounts.Profile;

/// <summary>The name-and-email form.</summary>
public sealed class ProfileForm
{
    public string? DisplayName { get; set; }

    public string? Email { get; set; }
}
