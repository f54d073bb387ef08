namespace Store.Orders.Invoices;

/// <summary>A document on the API, with the address that downloads its PDF on the same surface.</summary>
public sealed record DocumentResponse(string Number, string Kind, DateTime IssuedUtc, long Total, string Currency, string Url)
{
    public static DocumentResponse Of(DocumentView d, string urlBase) => new(d.Number, d.Kind, d.IssuedUtc, d.Total, d.Currency, $"{urlBase}/{d.Number}");
}
