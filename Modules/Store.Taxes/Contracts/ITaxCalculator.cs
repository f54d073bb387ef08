namespace Store.Taxes.Contracts;

/// <summary>
/// Computes tax for amounts delivered to an address. The shop registers the rate table
/// (<c>Rates/TaxTable.cs</c>); an external tax engine replaces it by registering its own implementation after
/// the Taxes module. It must answer one quote per amount, in order, each rounded to the minor unit.
/// </summary>
public interface ITaxCalculator
{
    /// <param name="pricesIncludeTax">True when the amounts contain their tax (EU style), false when tax comes on top.</param>
    Task<IReadOnlyList<TaxQuote>> CalculateAsync(TaxAddress address, IReadOnlyList<TaxableAmount> amounts, bool pricesIncludeTax, CancellationToken cancellationToken);
}
