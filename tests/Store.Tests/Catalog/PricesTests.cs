using Store.Catalog;

namespace Store.Tests.Catalog;

/// <summary>Prices typed by people and carried in URLs come back as the same minor units.</summary>
public sealed class PricesTests
{
    [Theory]
    [InlineData(1250L, "USD", "12.5")]
    [InlineData(1200L, "USD", "12")]
    [InlineData(1250L, "JPY", "1250")]
    [InlineData(12345L, "KWD", "12.345")]
    [InlineData(1L, "KWD", "0.001")]
    public void Format_keeps_every_decimal_of_the_currency(long minor, string currency, string expected)
    {
        Assert.Equal(expected, Prices.Format(minor, currency));
        Assert.True(Prices.TryParse(expected, currency, out var parsed));
        Assert.Equal(minor, parsed);
    }
}
