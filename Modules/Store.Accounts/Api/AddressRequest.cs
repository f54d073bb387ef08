namespace Store.Accounts.Api;

/// <summary>An address as the API receives it; <c>isDefault</c> is optional.</summary>
public sealed record AddressRequest(string? FullName, string? Line1, string? Line2, string? City, string? Region, string? PostalCode, string? Country, string? Phone, bool? IsDefault)
{
    public Addresses.AddressInput ToInput() => new()
    {
        FullName = FullName,
        Line1 = Line1,
        Line2 = Line2,
        City = City,
        Region = Region,
        PostalCode = PostalCode,
        Country = Country,
        Phone = Phone,
        IsDefault = IsDefault ?? false,
    };
}
