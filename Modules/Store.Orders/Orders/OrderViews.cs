namespace Store.Orders.Orders;

/// <summary>A line of an order; <see cref="TaxRate"/> in percent, <see cref="TaxAmount"/> in minor units (in or on <see cref="LineTotal"/>, as the order says).</summary>
public sealed record OrderLineView(int ProductId, int VariantId, string ProductName, string Options, string Sku, long UnitPrice, int Quantity, long LineTotal, decimal TaxRate = 0, long TaxAmount = 0)
{
    internal static OrderLineView From(OrderLine l) => new(l.ProductId, l.VariantId, l.ProductName, l.Options, l.Sku, l.UnitPrice, l.Quantity, l.LineTotal, l.TaxRate, l.TaxAmount);
}

public sealed record OrderAddressView(string FullName, string Line1, string? Line2, string City, string? Region, string PostalCode, string Country, string? Phone);

public sealed record OrderHistoryView(string? From, string To, DateTime AtUtc, string By, string? Note);
