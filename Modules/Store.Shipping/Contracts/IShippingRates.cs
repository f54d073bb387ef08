namespace Store.Shipping.Contracts;

/// <summary>Prices the shipping methods of a destination's zone for a cart (module README, "Zones and methods").</summary>
public interface IShippingRates
{
    /// <param name="subtotal">The lines' total in minor units, as shown (with or without tax, as the shop shows prices): bands and the free threshold compare with it.</param>
    /// <param name="weightGrams">The cart's weight: each variant's weight times its quantity.</param>
    Task<ShippingQuote> QuoteAsync(ShippingDestination destination, long subtotal, long weightGrams, CancellationToken cancellationToken);
}
