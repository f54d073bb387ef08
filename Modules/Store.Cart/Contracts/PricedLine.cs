namespace Store.Cart.Contracts;

/// <summary>A priced line: its total (as prices are shown), the tax rate (percent) and the tax in minor units, rounded per line.</summary>
public sealed record PricedLine(long LineTotal, decimal TaxRate, long TaxAmount);
