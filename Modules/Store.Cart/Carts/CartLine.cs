namespace Store.Cart.Carts;

/// <summary>
/// A quantity of one variant. The name and price are what the shopper saw when adding it, kept only to say
/// what changed since; the page always shows the catalog's current ones.
/// </summary>
internal sealed class CartLine
{
    public int Id { get; set; }

    public int CartId { get; set; }

    public int ProductId { get; set; }

    public int VariantId { get; set; }

    public int Quantity { get; set; }

    /// <summary>In <see cref="CurrencySeen"/>, converted as the shopper saw it: a new rate shows as a price change.</summary>
    public long PriceSeen { get; set; }

    /// <summary>The shopper's currency when adding it; null for the base currency (Currencies module).</summary>
    public string? CurrencySeen { get; set; }

    public required string NameSeen { get; set; }

    public DateTime AddedUtc { get; set; }
}
