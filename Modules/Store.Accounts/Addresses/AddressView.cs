namespace Store.Accounts.Addresses;

/// <summary>An address as pages and the API show it.</summary>
public sealed record AddressView(int Id, string FullName, string Line1, string? Line2, string City, string? Region, string PostalCode, string Country, string? Phone, bool IsDefault)
{
    public static AddressView From(Address a) => new(a.Id, a.FullName, a.Line1, a.Line2, a.City, a.Region, a.PostalCode, a.Country, a.Phone, a.IsDefault);
}
