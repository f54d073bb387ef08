namespace Store.Catalog.Contracts;

/// <summary>How long after delivery products may be returned, as merchandisers set it per product and category.</summary>
public interface IReturnPeriods
{
    /// <summary>
    /// Per product id: the product's own days, else the shortest its categories set, else null (the shop's default
    /// applies). 0 = not returnable. Products that no longer exist are left out.
    /// </summary>
    Task<IReadOnlyDictionary<int, int?>> GetAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken);
}
