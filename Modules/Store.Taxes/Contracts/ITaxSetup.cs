namespace Store.Taxes.Contracts;

/// <summary>Reads the shop's <see cref="TaxSetup"/> (kept in memory, dropped when staff change it).</summary>
public interface ITaxSetup
{
    Task<TaxSetup> GetAsync(CancellationToken cancellationToken);
}
