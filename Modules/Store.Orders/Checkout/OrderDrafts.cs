using Microsoft.AspNetCore.Http;
using Store.Cart.Contracts;
using Store.Catalog.Contracts;

namespace Store.Orders.Checkout;

/// <summary>Prices the shopper's cart (a guest's when <c>userId</c> is null) from the catalog, for the checkout page and for placing the order.</summary>
internal sealed class OrderDrafts(ICartContents cart, ICatalogProducts catalog, CartPricing pricing)
{
    /// <param name="destination">Where it ships (null: an estimate for the shop's country); <paramref name="methodId"/> the shipping method asked for.</param>
    public async Task<OrderDraft> BuildAsync(HttpContext http, string? userId, PricingDestination? destination, int? methodId, CancellationToken cancellationToken) =>
        await PriceAsync(await ReadAsync(http, userId, cancellationToken), userId, destination, methodId, cancellationToken);

    /// <summary>The cart's lines and what stands in the way of each (two short queries; nothing priced yet).</summary>
    public async Task<DraftCart> ReadAsync(HttpContext http, string? userId, CancellationToken cancellationToken)
    {
        var guest = userId is null ? await cart.GetGuestCartAsync(http, cancellationToken) : null;
        var items = userId is null ? guest?.Items ?? [] : await cart.GetItemsAsync(http, userId, cancellationToken);
        var variants = items.Count == 0
            ? []
            : (await catalog.GetPublishedVariantsAsync(items.Select(i => i.VariantId).ToList(), cancellationToken)).ToDictionary(v => v.VariantId);
        var lines = items.Select(i =>
        {
            var variant = variants.GetValueOrDefault(i.VariantId);
            var problem = variant switch
            {
                null => "An item in your cart is no longer for sale; remove it from your cart.",
                { Stock: 0 } => $"{variant.ProductName} is out of stock; remove it from your cart.",
                _ when variant.Stock < i.Quantity => $"Only {variant.Stock} of {variant.ProductName} left; lower the quantity in your cart.",
                _ => null,
            };
            return new DraftLine(i.VariantId, variant, i.Quantity, problem);
        }).ToList();
        return new DraftCart(lines, guest);
    }

    /// <summary>The lines of <paramref name="read"/> priced for <paramref name="destination"/>, with the cart's code.</summary>
    public async Task<OrderDraft> PriceAsync(DraftCart read, string? userId, PricingDestination? destination, int? methodId, CancellationToken cancellationToken)
    {
        var priceable = read.Lines.Where(l => l.Variant is not null).Select(l => new PricingLine(l.Variant!.ProductId, l.Variant.Price, l.Quantity, l.Variant.TaxCategory, l.Variant.WeightGrams) { FixedPrices = l.Variant.FixedPrices }).ToList();
        var coupon = new CouponRequest(userId is null ? read.Guest?.CouponCode : await cart.CouponCodeAsync(userId, cancellationToken), userId);
        return new OrderDraft(read, await pricing.PriceAsync(priceable, destination, methodId, coupon, cancellationToken));
    }
}
