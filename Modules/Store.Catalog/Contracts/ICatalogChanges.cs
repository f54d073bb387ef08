namespace Store.Catalog.Contracts;

/// <summary>
/// Tells every node's product index that products' list data changed outside the catalog (a rating): call it inside
/// the transaction of the change (README, "Keeping nodes in step").
/// </summary>
public interface ICatalogChanges
{
    Task RecordAsync(IEnumerable<int> productIds, CancellationToken cancellationToken);
}
