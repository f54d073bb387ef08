using Store.Orders.Orders;

namespace Store.Orders.Invoices;

/// <summary>
/// An order's invoice and credit-note lines from the tax columns written at checkout: per line and for
/// shipping, net + tax = gross whether the order's prices include tax (the line total is the gross) or not (it is
/// the net), so the gross column always adds up to the order's total. Lines and shipping are at what was charged after
/// discounts (promotions, the coupon), each saying how much was taken off.
/// </summary>
internal static class DocumentContents
{
    public static IReadOnlyList<DocumentLine> InvoiceLines(Order order)
    {
        var lines = order.Lines.OrderBy(l => l.Id)
            .Select(l => Line(order, l.ProductName, Detail(order, l), l.Quantity, l.LineTotal - l.Discount, l.TaxRate, l.TaxAmount))
            .ToList();
        if (order.Shipping != 0 || order.ShippingTax != 0)
        {
            var detail = order.ShippingDiscount == 0 ? order.ShippingMethod ?? string.Empty
                : $"{order.ShippingMethod} · {Off(order, order.ShippingDiscount)} ({order.CouponCode})".TrimStart(' ', '·');
            lines.Add(Line(order, "Shipping", detail, null, order.Shipping - order.ShippingDiscount, order.ShippingTaxRate, order.ShippingTax));
        }

        return lines;
    }

    /// <summary>
    /// A refund of the whole order repeats the invoice's lines. A part of it is spread over the invoice's tax
    /// rates in proportion to their gross (largest remainder, so the parts add up to the amount), and each part's
    /// tax is the tax contained in it at that rate, rounded half away from zero.
    /// </summary>
    public static IReadOnlyList<DocumentLine> CreditLines(Order order, long amount)
    {
        var invoiced = InvoiceLines(order);
        if (amount == order.Total)
        {
            return invoiced;
        }

        var byRate = invoiced.GroupBy(l => l.Rate).OrderBy(g => g.Key).Select(g => (Rate: g.Key, Gross: g.Sum(l => l.Gross))).Where(r => r.Gross > 0).ToList();
        var whole = byRate.Sum(r => r.Gross);
        if (whole <= 0)
        {
            return [new DocumentLine("Refund", "Order " + order.Number, null, amount, 0, 0, amount)];
        }

        var shares = byRate.Select(r => (r.Rate, Exact: (decimal)amount * r.Gross / whole)).ToList();
        var parts = shares.Select(s => (long)decimal.Floor(s.Exact)).ToArray();
        var left = amount - parts.Sum();
        foreach (var index in shares.Select((s, i) => (Remainder: s.Exact - decimal.Floor(s.Exact), i)).OrderByDescending(x => x.Remainder).ThenBy(x => x.i).Take((int)left).Select(x => x.i))
        {
            parts[index]++;
        }

        return shares.Select((s, i) =>
        {
            var tax = (long)decimal.Round(parts[i] * s.Rate / (100 + s.Rate), MidpointRounding.AwayFromZero);
            return new DocumentLine("Refund", $"Order {order.Number}, part at {Percent(s.Rate)}", null, parts[i] - tax, s.Rate, tax, parts[i]);
        }).Where(l => l.Gross != 0).ToList();
    }

    public static IReadOnlyList<string> Buyer(Order order)
    {
        var a = order.ShippingAddress;
        return new[] { a.FullName, a.Line1, a.Line2, $"{a.PostalCode} {a.City}".Trim() + (string.IsNullOrEmpty(a.Region) ? "" : ", " + a.Region), a.Country }
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList();
    }

    public static string Percent(decimal rate) => rate.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " %";

    private static DocumentLine Line(Order order, string description, string detail, int? quantity, long amount, decimal rate, long tax) =>
        order.PricesIncludeTax
            ? new DocumentLine(description, detail, quantity, amount - tax, rate, tax, amount)
            : new DocumentLine(description, detail, quantity, amount, rate, tax, amount + tax);

    // A discounted line is invoiced at what was charged (tax is on that), and says what was taken off.
    private static string Detail(Order order, OrderLine line) =>
        string.Join(" · ", new[] { line.Options, "SKU " + line.Sku, line.Discount > 0 ? Off(order, line.Discount) : "" }.Where(s => s.Length > 0));

    private static string Off(Order order, long amount) =>
        $"{new Store.Core.Money.Money(amount, order.Currency).Format(System.Globalization.CultureInfo.InvariantCulture)} off";
}
