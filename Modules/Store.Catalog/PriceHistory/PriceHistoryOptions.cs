namespace Store.Catalog.PriceHistory;

/// <summary>Bound from <c>Catalog:PriceHistory</c>.</summary>
public sealed class PriceHistoryOptions
{
    public const string Section = "Catalog:PriceHistory";

    /// <summary>How often every variant's price is compared with its history (one query for variants, one for open rows).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}
