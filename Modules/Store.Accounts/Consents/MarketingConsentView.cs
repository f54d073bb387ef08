namespace Store.Accounts.Consents;

/// <summary>The account privacy page's marketing box: the latest answer and the words it is asked with.</summary>
public sealed record MarketingConsentView(bool Granted)
{
    public string Wording => ConsentPurpose.MarketingEmails.Wording;
}
