namespace Store.Accounts.Profile;

public sealed class ProfileForm
{
    public string? DisplayName { get; set; }

    public string? Email { get; set; }
}
