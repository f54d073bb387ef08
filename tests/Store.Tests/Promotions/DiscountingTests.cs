using Store.Orders.Contracts;
using Store.Payments.Providers;
using Store.Payments.Stripe;
using Store.Promotions.Contracts;

namespace Store.Tests.Promotions;

/// <summary>The rounding and spreading rules, and Stripe's lines for discounted orders in zero- and three-decimal currencies.</summary>
public sealed class DiscountingTests
{
    [Theory]
    [InlineData(6995, 15, 1049)] // 1049.25
    [InlineData(1999, 12.5, 250)] // 249.875
    [InlineData(5, 10, 1)] // 0.5 rounds away from zero
    [InlineData(0, 50, 0)]
    public void A_percentage_rounds_half_away_from_zero_to_the_minor_unit(long amount, decimal percent, long expected) =>
        Assert.Equal(expected, Discounting.Percent(amount, percent));

    [Fact]
    public void A_spread_adds_up_exactly_and_never_passes_a_line()
    {
        Assert.Equal(new long[] { 600, 449 }, Discounting.Spread(1049, [3998, 2997]));
        Assert.Equal(new long[] { 34, 33, 33 }, Discounting.Spread(100, [100, 100, 100]));
        Assert.Equal(new long[] { 100, 0, 50 }, Discounting.Spread(500, [100, 0, 50])); // more than the lines: each gives all it has
    }

    [Theory]
    [InlineData("JPY", 1000, 3, 333)] // yen: no decimals, 1000 off 3 x 999 (zero-decimal)
    [InlineData("KWD", 12345, 3, 1001)] // fils: three decimals
    [InlineData("USD", 1999, 7, 1)]
    public void Stripe_lines_of_a_discounted_order_add_up_to_its_total(string currency, long unitPrice, int quantity, long discount)
    {
        var charged = (unitPrice * quantity) - discount;
        var order = new PayableOrder("N-1", "u", "a@example.com", OrderStatus.Pending, currency, [new PayableLine("Thing", "", unitPrice, quantity, discount), new PayableLine("Other", "", 250, 1)],
            500, charged + 250 + 500 - 500, null, null, null, null, null, 0, null, TaxAdded: 0, ShippingDiscount: 500);

        var options = CheckoutSessionOptions.For(new SessionRequest(order, "https://shop/s", "https://shop/c", DateTime.UtcNow.AddHours(1)));

        Assert.Equal(order.Total, options.LineItems.Sum(l => l.PriceData.UnitAmount!.Value * l.Quantity!.Value));
        Assert.All(options.LineItems, l => Assert.True(l.PriceData.UnitAmount >= 0));
        Assert.Equal(order.ChargedSum, order.Total);
    }
}
