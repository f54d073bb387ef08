namespace Store.Shipping.Zones;

/// <summary>
/// One way to ship to a zone (standard, express, pickup), priced by <see cref="Kind"/>: <see cref="Price"/> when
/// flat, else the band with the highest <see cref="ShippingBand.From"/> not above the cart's total or weight.
/// A cart whose subtotal reaches <see cref="FreeFrom"/> ships free.
/// </summary>
public sealed class ShippingMethod
{
    public const int NameMaxLength = 100;
    public const int MaxBands = 20;

    public int Id { get; set; }

    public int ZoneId { get; set; }

    public required string Name { get; set; }

    public ShippingMethodKind Kind { get; set; }

    /// <summary>Minor units; the price of a flat method.</summary>
    public long Price { get; set; }

    /// <summary>By-total or by-weight prices, ascending, the first from 0.</summary>
    public List<ShippingBand> Bands { get; set; } = [];

    /// <summary>Minor units of subtotal from which the method costs nothing; null: never free.</summary>
    public long? FreeFrom { get; set; }

    public int Position { get; set; }

    public long PriceFor(long subtotal, long weightGrams)
    {
        if (FreeFrom is { } threshold && subtotal >= threshold)
        {
            return 0;
        }

        var measure = Kind == ShippingMethodKind.ByWeight ? weightGrams : subtotal;
        return Kind == ShippingMethodKind.Flat ? Price : Bands.Where(b => b.From <= measure).OrderByDescending(b => b.From).Select(b => b.Price).FirstOrDefault();
    }
}
