using System.Globalization;
using Store.Core.Money;

namespace Store.Tests.Foundation;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(1250, "USD", "en", "$12.50")]
    [InlineData(1250, "EUR", "fr", "12,50 €")]
    [InlineData(1250, "USD", "fr", "12,50 USD")]
    [InlineData(1500, "JPY", "en", "1,500 JPY")]
    [InlineData(-99, "USD", "en-US", "-$0.99")]
    public void Amounts_in_minor_units_are_shown_in_the_visitor_s_culture(long minor, string currency, string culture, string expected)
    {
        var shown = new Money(minor, currency).Format(CultureInfo.GetCultureInfo(culture));

        // Cultures may use a no-break space between amount and symbol.
        Assert.Equal(expected, shown.Replace('\u00A0', ' ').Replace('\u202F', ' '));
    }
}
