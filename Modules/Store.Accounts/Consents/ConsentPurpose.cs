namespace Store.Accounts.Consents;

/// <summary>
/// What the shop asks consent for, with the words it shows (English msgids, translated on the page and recorded as
/// shown). Changing a wording means a new <see cref="Version"/>, so a record always names the text it answered.
/// </summary>
public sealed record ConsentPurpose(string Key, string Wording, string Version)
{
    public static readonly ConsentPurpose MarketingEmails = new(
        "marketing-emails",
        "Keep me posted by e-mail about offers, new products and the cart I left behind. I can withdraw this at any time from my account or from any such message.",
        "2026-11-30");

    public static readonly ConsentPurpose OptionalCookies = new(
        "optional-cookies",
        "We use essential cookies to keep you signed in, remember your cart and protect forms. With your consent we also use optional cookies to measure which pages are visited.",
        "2026-11-30");

    public static IReadOnlyList<ConsentPurpose> All { get; } = [MarketingEmails, OptionalCookies];
}
