using System.Text.Json;

namespace Store.Cart.Carts;

/// <summary>
/// <c>POST /api/v1/cart/items</c> and <c>PUT …/items/{variantId}</c>. The quantity is read as raw JSON so that
/// 2.5 or "two" gets a message naming the field instead of a bare 400. Prices sent along are ignored.
/// </summary>
public sealed record CartItemRequest(int? VariantId, int? ProductId, JsonElement? Quantity);
