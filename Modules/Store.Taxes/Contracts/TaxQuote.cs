namespace Store.Taxes.Contracts;

/// <summary>The rate applied (percent, 20 for 20 %) and the tax in minor units, rounded (see <see cref="TaxRounding"/>).</summary>
public sealed record TaxQuote(decimal Rate, long Tax)
{
    public static TaxQuote None { get; } = new(0m, 0);
}
