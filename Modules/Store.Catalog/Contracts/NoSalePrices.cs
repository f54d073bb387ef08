namespace Store.Catalog.Contracts;

/// <summary>No sales: what the catalog uses when no module sets sale prices.</summary>
internal sealed class NoSalePrices : ISalePrices
{
    public Task<IReadOnlyDictionary<int, decimal>> PercentOffAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<int, decimal>>(new Dictionary<int, decimal>());
}
