using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Shipping.Contracts;

namespace Store.Shipping.Zones;

/// <summary>The zone that takes a destination (<see cref="ZonePlaces.Score"/>) and its methods priced for the cart, cheapest first.</summary>
internal sealed class ShippingRates(StoreDbContext db) : IShippingRates
{
    public async Task<ShippingQuote> QuoteAsync(ShippingDestination destination, long subtotal, long weightGrams, CancellationToken cancellationToken)
    {
        // A shop has a handful of zones: reading them all is one small query.
        var zones = await db.Set<ShippingZone>().AsNoTracking().Include(z => z.Methods).OrderBy(z => z.Position).ThenBy(z => z.Id).ToListAsync(cancellationToken);
        var country = destination.Country.Trim().ToUpperInvariant();
        var zone = zones
            .Select(z => (Zone: z, Score: ZonePlaces.Score(z.Places, country, destination.Region)))
            .Where(z => z.Score is not null)
            .OrderByDescending(z => z.Score)
            .Select(z => z.Zone)
            .FirstOrDefault();
        if (zone is null)
        {
            return new ShippingQuote(null, []);
        }

        var options = zone.Methods
            .OrderBy(m => m.Position).ThenBy(m => m.Id)
            .Select(m => new ShippingOption(m.Id, m.Name, m.PriceFor(subtotal, weightGrams), m.FreeFrom))
            .OrderBy(o => o.Price)
            .ToList();
        return new ShippingQuote(zone.Name, options);
    }
}
