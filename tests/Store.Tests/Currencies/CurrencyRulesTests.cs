using Store.Currencies.Contracts;
using Store.Currencies.Rates;

namespace Store.Tests.Currencies;

/// <summary>Conversion and rounding on their own: 0-, 2- and 3-decimal currencies, charm endings, the ECB file and price filters.</summary>
public sealed class CurrencyRulesTests
{
    private static readonly DateTime Day = new(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc);

    private static CurrencySetup Usd(params CurrencyInfo[] selling) => new("USD", selling);

    [Theory]
    [InlineData("EUR", 0.92, 1999, 1839)] // 18.3908 → 18.39
    [InlineData("EUR", 0.925, 1000, 925)]
    [InlineData("EUR", 0.92125, 1000, 921)] // 9.2125 → 9.21
    [InlineData("EUR", 0.9215, 1000, 922)] // 921.5 cents: half away from zero
    [InlineData("JPY", 151.37, 1999, 3026)] // 19.99 × 151.37 = 3025.8863 → ¥3,026
    [InlineData("JPY", 150, 1, 2)] // 0.01 × 150 = 1.5 yen: half away from zero
    [InlineData("KWD", 0.3075, 1999, 6150)] // 6.146925 KWD → 6.147, charged in steps of 10 fils (Stripe): 6.150
    [InlineData("KWD", 0.3075, 1998, 6140)] // 6.143850 KWD → 6.144 → 6.140
    [InlineData("KWD", 0.3075, 1, 10)] // 0.003075 → 0.003: the smallest chargeable price, 0.010
    public void Prices_round_to_the_currencys_minor_unit_or_the_step_it_is_charged_in(string code, double rate, long usdCents, long expected) =>
        Assert.Equal(expected, Usd(new CurrencyInfo(code, (decimal)rate, Day, PriceRounding.MinorUnit)).Price(usdCents, code));

    [Theory]
    [InlineData(100, 99, 1839, 1899)] // EUR; 18.39 → 18.99
    [InlineData(100, 99, 1899, 1899)] // EUR; already on an ending: kept
    [InlineData(100, 99, 1900, 1999)] // EUR
    [InlineData(100, 99, 40, 99)] // EUR; below the first ending: the smallest charm price
    [InlineData(100, 0, 1839, 1900)] // EUR; whole units
    [InlineData(100, 0, 3026, 3100)] // JPY
    [InlineData(1000, 980, 3026, 3980)] // JPY
    [InlineData(1000, 990, 6147, 6990)] // KWD
    [InlineData(100, 99, 0, 0)] // EUR; free stays free
    public void Charm_rules_round_up_to_the_next_ending(long step, long ending, long exactMinor, long expected) =>
        Assert.Equal(expected, new PriceRounding(step, ending).Apply(exactMinor));

    [Fact]
    public void Amounts_other_than_prices_never_take_a_charm_ending_and_the_base_currency_is_unchanged()
    {
        var setup = Usd(new CurrencyInfo("EUR", 0.92m, Day, new PriceRounding(100, 99)));

        Assert.Equal((1899L, 1839L, 1999L, 1999L), (setup.Price(1999, "EUR"), setup.Amount(1999, "EUR"), setup.Price(1999, "USD"), setup.Amount(1999, "USD")));
        Assert.Equal(-460L, setup.Amount(-500, "EUR")); // a discount's negative amount rounds away from zero too
    }

    [Theory]
    [InlineData("JPY", 151.37, 1000, 980)]
    [InlineData("EUR", 0.92, 100, 99)]
    [InlineData("EUR", 0.92, 1, 0)]
    [InlineData("KWD", 0.3075, 1, 0)]
    public void Price_filters_in_the_shoppers_currency_become_exact_base_bounds(string code, double rate, long step, long ending)
    {
        var setup = Usd(new CurrencyInfo(code, (decimal)rate, Day, new PriceRounding(step, ending)));
        foreach (var shown in new long[] { 0, 1, 99, 1000, 1899, 5000, 12345 })
        {
            var atLeast = setup.BaseAtLeast(shown, code);
            var atMost = setup.BaseAtMost(shown, code);
            Assert.True(setup.Price(atLeast, code) >= shown && (atLeast == 0 || setup.Price(atLeast - 1, code) < shown), $"{shown}: {atLeast}");
            Assert.True(atMost < 0 || setup.Price(atMost, code) <= shown, $"{shown}: {atMost}");
            Assert.True(setup.Price(atMost + 1, code) > shown, $"{shown}: {atMost}");
        }
    }

    [Fact]
    public void Amounts_go_back_to_the_base_currency_at_the_orders_rate() =>
        Assert.Equal((1999L, 1999L, 1000L), (Usd().ToBase(3026, "JPY", 151.37m), Usd().ToBase(1999, "USD", 1m), Usd().ToBase(3075, "KWD", 0.3075m)));

    [Fact]
    public void The_ecb_file_is_read_per_day_and_crossed_to_the_base_currency()
    {
        var days = EcbRates.Parse(EcbFile("2026-11-27", ("USD", "1.0550"), ("JPY", "159.70"), ("GBP", "0.83520")))!;

        var (day, perEuro) = Assert.Single(days);
        Assert.Equal(Day, day);
        Assert.Equal(0.94786730m, EcbRates.Cross(perEuro, "USD", "EUR")); // 1 / 1.055
        Assert.Equal(151.37440758m, EcbRates.Cross(perEuro, "USD", "JPY"));
        Assert.Equal(0.8352m, EcbRates.Cross(perEuro, "EUR", "GBP"));
        Assert.Null(EcbRates.Cross(perEuro, "USD", "KWD")); // the ECB publishes no KWD rate
    }

    [Theory]
    [InlineData("<html><body>not rates</body></html>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>")]
    [InlineData("not xml at all")]
    public void Anything_but_the_ecb_file_is_refused(string text) => Assert.Null(EcbRates.Parse(text));

    [Fact]
    public void A_bad_rate_in_the_file_refuses_the_whole_file() =>
        Assert.Null(EcbRates.Parse(EcbFile("2026-11-27", ("USD", "1.0550"), ("JPY", "-3"))));

    internal static string EcbFile(string day, params (string Code, string Rate)[] rates) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
          <gesmes:subject>Reference rates</gesmes:subject>
          <gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>
          <Cube>
            <Cube time="{day}">
              {string.Concat(rates.Select(r => $"<Cube currency=\"{r.Code}\" rate=\"{r.Rate}\"/>"))}
            </Cube>
          </Cube>
        </gesmes:Envelope>
        """;
}
