namespace Store.Wishlist.Alerts;

/// <summary>
/// A shopper's request to be emailed when a product (<see cref="VariantId"/> 0) or a variant is back in stock or
/// cheaper. <see cref="InStockSeen"/> and <see cref="PriceSeen"/> are what the shopper last saw or was told: the
/// alert job compares today's figures with them, so an event is noticed on whichever node changed the stock.
/// </summary>
internal sealed class StockAlert
{
    public int Id { get; set; }

    public string Email { get; set; } = string.Empty;

    public string? UserId { get; set; }

    public int ProductId { get; set; }

    public int VariantId { get; set; }

    public AlertKind Kind { get; set; }

    public bool InStockSeen { get; set; }

    /// <summary>
    /// The base price (after an automatic promotion) when the alert was made or last sent, in minor units: a drop is a drop
    /// of the base price, so a rate moving never sends an email (README, "Alerts").
    /// </summary>
    public long PriceSeen { get; set; }

    /// <summary>The culture the shopper browsed in, for the email.</summary>
    public string Culture { get; set; } = "en";

    /// <summary>The currency the shopper browsed in, for the email's prices; null: the base currency (and alerts made before currencies).</summary>
    public string? Currency { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? NotifiedUtc { get; set; }
}
