namespace Store.Accounts.Registration;

/// <summary>The registration form's fields, shown again (without the password) when something is wrong.</summary>
public sealed class RegisterForm
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>The marketing-email box, unticked unless the shopper ticks it.</summary>
    public bool Marketing { get; set; }

    public string MarketingWording => Consents.ConsentPurpose.MarketingEmails.Wording;
}
