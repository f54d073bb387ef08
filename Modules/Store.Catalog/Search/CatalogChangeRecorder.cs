using Store.Catalog.Contracts;
using Store.Core.Data;

namespace Store.Catalog.Search;

internal sealed class CatalogChangeRecorder(StoreDbContext db, TimeProvider time) : ICatalogChanges
{
    public Task RecordAsync(IEnumerable<int> productIds, CancellationToken cancellationToken) =>
        CatalogChanges.RecordAsync(db, productIds, time.GetUtcNow().UtcDateTime, cancellationToken);
}
