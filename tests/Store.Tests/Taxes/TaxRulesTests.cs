using Store.Shipping.Zones;
using Store.Taxes.Contracts;

namespace Store.Tests.Taxes;

/// <summary>The rounding rule and the zone and band rules on their own.</summary>
public sealed class TaxRulesTests
{
    [Theory]
    [InlineData(1000, 20, true, 167)] // 166.67
    [InlineData(1000, 20, false, 200)]
    [InlineData(50, 1, false, 1)] // 0.5: half away from zero
    [InlineData(-50, 1, false, -1)] // a refund's negative amount rounds away from zero too
    [InlineData(211, 5.5, true, 11)] // 11.00
    [InlineData(999, 0, false, 0)]
    public void Tax_is_rounded_per_amount_half_away_from_zero(long amount, double rate, bool included, long expected) =>
        Assert.Equal(expected, TaxRounding.TaxOf(amount, (decimal)rate, included));

    [Theory]
    [InlineData("FR,MC", "FR", null, 1)]
    [InlineData("US-CA,US", "US", "ca", 2)]
    [InlineData("US-CA", "US", "NY", null)]
    [InlineData("*", "JP", null, 0)]
    [InlineData("DE", "FR", null, null)]
    public void A_zone_takes_an_address_by_region_country_or_everywhere(string places, string country, string? region, int? expected) =>
        Assert.Equal(expected, ZonePlaces.Score(places, country, region));

    [Fact]
    public void Bands_price_by_the_highest_start_reached_and_the_threshold_frees_it()
    {
        var method = new ShippingMethod { Name = "Post", Kind = ShippingMethodKind.ByWeight, Bands = [new() { From = 0, Price = 500 }, new() { From = 2000, Price = 900 }], FreeFrom = 10000 };

        Assert.Equal((500L, 900L, 900L, 0L), (method.PriceFor(100, 1999), method.PriceFor(100, 2000), method.PriceFor(9999, 50000), method.PriceFor(10000, 50000)));
    }
}
