namespace Store.Currencies.Contracts;

/// <summary>Reads the shop's <see cref="CurrencySetup"/> (kept in memory, dropped when staff change a currency or a rate).</summary>
public interface ICurrencies
{
    Task<CurrencySetup> GetAsync(CancellationToken cancellationToken);
}
