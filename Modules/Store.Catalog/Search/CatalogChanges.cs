using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Store.Core.Data;

namespace Store.Catalog.Search;

/// <summary>
/// Writes <see cref="CatalogChange"/> rows. Every write to a product's list data calls it inside the
/// transaction of the change itself (the editor, stock reservations, a bulk import), or other nodes never
/// see the change in their lists.
/// </summary>
public static class CatalogChanges
{
    private const int RowsPerStatement = 500;

    /// <summary>
    /// A plain INSERT rather than tracked entities: it leaves the caller's change tracker alone (stock
    /// reservations run inside the caller's unit of work) and quoted names read the same on both providers.
    /// </summary>
    public static Task RecordAsync(StoreDbContext db, IEnumerable<int> productIds, DateTime now, CancellationToken cancellationToken) =>
        RecordAsync(db, productIds, now, stockOnly: false, cancellationToken);

    /// <summary>Records a change; <paramref name="stockOnly"/> as <see cref="CatalogChange.StockOnly"/> says.</summary>
    public static async Task RecordAsync(StoreDbContext db, IEnumerable<int> productIds, DateTime now, bool stockOnly, CancellationToken cancellationToken)
    {
        foreach (var chunk in productIds.Distinct().Order().Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder($"INSERT INTO \"{CatalogChange.Table}\" (\"{nameof(CatalogChange.ProductId)}\", \"{nameof(CatalogChange.ChangedUtc)}\", \"{nameof(CatalogChange.StockOnly)}\") VALUES ");
            var parameters = new object[chunk.Length + 2];
            parameters[0] = now;
            parameters[1] = stockOnly;
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}({{{i + 2}}}, {{0}}, {{1}})");
                parameters[i + 2] = chunk[i];
            }

            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }
    }
}
