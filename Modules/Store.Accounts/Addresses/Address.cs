namespace Store.Accounts.Addresses;

/// <summary>A shipping address in a user's address book; at most one per user is the default.</summary>
public sealed class Address
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string FullName { get; set; }

    public required string Line1 { get; set; }

    public string? Line2 { get; set; }

    public required string City { get; set; }

    public string? Region { get; set; }

    public required string PostalCode { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code, upper case, e.g. <c>FR</c>.</summary>
    public required string Country { get; set; }

    public string? Phone { get; set; }

    public bool IsDefault { get; set; }

    public DateTime CreatedUtc { get; set; }
}
