namespace Store.Accounts.Consents;

/// <summary>The cookie settings page: the current choice (null: none yet), where to go back to, and a refusal's message.</summary>
public sealed record CookieSettingsPage(string? Choice, string ReturnUrl, string? Error = null)
{
    public string Wording => ConsentPurpose.OptionalCookies.Wording;
}
