using Store.Catalog.Contracts;

namespace Store.Cart.Carts;

/// <summary>
/// Which variant a request means: its <c>variantId</c>, or (while product pages still post one) the only
/// variant of <c>productId</c>. A product with several variants needs the shopper's choice.
/// </summary>
internal static class VariantChoice
{
    public static async Task<(int VariantId, CartEdit? Refusal)> ResolveAsync(ICatalogProducts catalog, int? variantId, int? productId, CancellationToken cancellationToken)
    {
        if (variantId is > 0)
        {
            return (variantId.Value, null);
        }

        if (productId is not > 0)
        {
            return (0, CartEdit.Invalid("Say which product to add (variantId)."));
        }

        var variants = await catalog.GetPublishedProductVariantsAsync(productId.Value, cancellationToken);
        return variants.Count switch
        {
            0 => (0, CartEdit.NotFound("This product is not for sale.")),
            1 => (variants[0].VariantId, null),
            _ => (0, CartEdit.Invalid("Choose one of the product's options first.")),
        };
    }
}
