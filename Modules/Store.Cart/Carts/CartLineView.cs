namespace Store.Cart.Carts;

/// <summary>
/// A cart line as the shopper sees it, with the catalog's current name, price and stock. <see cref="Notice"/>
/// is <c>unavailable</c>, <c>out_of_stock</c>, <c>short</c> or <c>price_changed</c> (then
/// <see cref="PreviousPrice"/> is what it was), with <see cref="Message"/> saying it in words.
/// </summary>
public sealed record CartLineView(
    int ProductId,
    int VariantId,
    string Name,
    string? Slug,
    string Options,
    string? Sku,
    string? ImageUrl,
    long UnitPrice,
    int Quantity,
    long LineTotal,
    int Available,
    bool Orderable,
    string? Notice,
    string? Message,
    long? PreviousPrice)
{
    /// <summary>The unit price after an automatic promotion, or null when none applies (the page strikes <see cref="UnitPrice"/> through).</summary>
    public long? SaleUnitPrice { get; init; }
}
