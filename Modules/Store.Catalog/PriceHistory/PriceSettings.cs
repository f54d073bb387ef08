namespace Store.Catalog.PriceHistory;

/// <summary>How discounts are shown; one row once saved (none: the defaults).</summary>
public sealed class PriceSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Beside every discount, "Lowest price in the previous 30 days" (the EU's Omnibus rule).</summary>
    public bool ShowLowestPriorPrice { get; set; }
}
