namespace Store.Taxes.Rates;

/// <summary>
/// One row of the rate table: the rate of a category in a country, optionally narrowed to a region and to postal
/// codes starting with a prefix. Which row applies to an address: module README, "Which rate applies".
/// </summary>
public sealed class TaxRate
{
    public const int NameMaxLength = 50;
    public const int RegionMaxLength = 100;
    public const int PostalPrefixMaxLength = 20;

    public int Id { get; set; }

    public int CategoryId { get; set; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public required string Country { get; set; }

    /// <summary>The address's region as shoppers type it (e.g. <c>CA</c>), compared ignoring case; null for the whole country.</summary>
    public string? Region { get; set; }

    /// <summary>Upper case without spaces; null for every postal code.</summary>
    public string? PostalPrefix { get; set; }

    /// <summary>Percent: 20 for 20 %.</summary>
    public decimal Rate { get; set; }

    /// <summary>What the tax is called on receipts, e.g. <c>VAT</c> or <c>Sales tax</c>.</summary>
    public required string Name { get; set; }
}
