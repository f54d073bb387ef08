namespace Store.Catalog.PriceHistory;

/// <summary>
/// One stretch of time at one price for a variant: the price a shopper paid then (after any automatic promotion),
/// from <see cref="FromUtc"/> until <see cref="ToUtc"/> (null: still the price). <see cref="PriorLow"/> is fixed
/// when the row opens, so pages read it without walking the history (README, "Prior price").
/// </summary>
public sealed class VariantPriceRecord
{
    public long Id { get; set; }

    public int VariantId { get; set; }

    public int ProductId { get; set; }

    /// <summary>Minor units: the variant's price, less the automatic promotion running then.</summary>
    public long Price { get; set; }

    public DateTime FromUtc { get; set; }

    public DateTime? ToUtc { get; set; }

    /// <summary>The lowest price of the 30 days before <see cref="FromUtc"/>; this row's own price when there was none before.</summary>
    public long PriorLow { get; set; }
}
