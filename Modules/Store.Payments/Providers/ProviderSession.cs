namespace Store.Payments.Providers;

/// <summary>A provider's checkout session: its id and the page the shopper is sent to.</summary>
internal sealed record ProviderSession(string Id, string Url);
