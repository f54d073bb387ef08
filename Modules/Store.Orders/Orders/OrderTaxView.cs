namespace Store.Orders.Orders;

/// <summary>
/// An order's tax and shipping method as pages, emails and the API show them (the meaning of each figure:
/// <see cref="Order"/>). <see cref="Rates"/> groups the tax by rate, lines and shipping together.
/// </summary>
public sealed record OrderTaxView(bool PricesIncludeTax, string? ShippingMethod, decimal ShippingTaxRate, long ShippingTax, long TaxTotal, IReadOnlyList<OrderTaxRateView> Rates)
{
    internal static OrderTaxView From(Order order) => new(order.PricesIncludeTax, order.ShippingMethod, order.ShippingTaxRate, order.ShippingTax, order.TaxTotal,
        order.Lines.Select(l => (l.TaxRate, l.TaxAmount)).Append((order.ShippingTaxRate, order.ShippingTax))
            .Where(t => t.Item2 != 0).GroupBy(t => t.Item1).OrderByDescending(g => g.Key)
            .Select(g => new OrderTaxRateView(g.Key, g.Key.ToString("0.####", System.Globalization.CultureInfo.CurrentCulture), g.Sum(t => t.Item2))).ToList());
}
