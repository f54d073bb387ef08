using Store.Catalog.Contracts;

namespace Store.Orders.Checkout;

/// <summary>A cart line priced by the catalog; <see cref="Problem"/> says why it cannot be ordered as it is.</summary>
internal sealed record DraftLine(int VariantId, CatalogVariantSnapshot? Variant, int Quantity, string? Problem)
{
    public long LineTotal => Variant is null ? 0 : Variant.Price * Quantity;
}
