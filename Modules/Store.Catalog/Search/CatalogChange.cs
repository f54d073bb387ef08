namespace Store.Catalog.Search;

/// <summary>
/// One product whose list data (name, price, stock, status, categories, attribute values) changed,
/// written in the same transaction as the change. Every web node reads the rows after the last one it
/// applied and refreshes those products in its <see cref="ProductIndex"/>, so a node sees a change made
/// on another node at its next list request (or within seconds, through its poll, for cached pages).
/// Rows older than a day are pruned.
/// </summary>
public sealed class CatalogChange
{
    public const string Table = "CatalogChanges";

    /// <summary>
    /// The product id of a change to categories or attributes: no product to reload, but every node drops
    /// its cached catalog pages and attribute definitions when it sees the row.
    /// </summary>
    public const int Structure = 0;

    /// <summary>
    /// The product id of a change to sale prices over any number of products (a promotion saved): every node
    /// reads all products again, since lists filter and sort by the price a shopper pays now.
    /// </summary>
    public const int SalePrices = -1;

    public long Id { get; set; }

    /// <summary>Not a foreign key: the row outlives a deleted product (that is how nodes learn of the delete).</summary>
    public int ProductId { get; set; }

    public DateTime ChangedUtc { get; set; }

    /// <summary>
    /// Only stock moved, and no variant went out of stock or came back: lists, cards and filters read the
    /// same, so a node drops just the product's own pages (they show "Only 3 left") and keeps every list cached.
    /// </summary>
    public bool StockOnly { get; set; }
}
