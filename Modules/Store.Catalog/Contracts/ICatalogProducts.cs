namespace Store.Catalog.Contracts;

/// <summary>
/// The catalog's contract for the modules after it in the chain (Cart, Orders): read published products
/// and hold or give back stock. Prices and stock always come from here, never from what a client sent.
/// </summary>
public interface ICatalogProducts
{
    /// <summary>The published products among <paramref name="ids"/>; drafts and unknown ids are left out.</summary>
    Task<IReadOnlyList<CatalogProductSnapshot>> GetPublishedAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken);

    /// <summary>
    /// Takes every line's quantity out of stock, or none of them: false when any product is short (or not
    /// published). Runs in the caller's transaction when one is open, so an order and its stock commit together.
    /// </summary>
    Task<bool> TryReserveAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken);

    /// <summary>Puts quantities back (a cancelled order, an expired hold).</summary>
    Task ReleaseAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken);
}
