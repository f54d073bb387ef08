namespace Store.Shipping.Zones;

/// <summary>From this total (minor units) or weight (grams) up, the method costs <see cref="Price"/> (minor units).</summary>
public sealed class ShippingBand
{
    public long From { get; set; }

    public long Price { get; set; }
}
