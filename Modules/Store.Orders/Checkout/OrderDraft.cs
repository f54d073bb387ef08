using Store.Cart.Contracts;

namespace Store.Orders.Checkout;

/// <summary>The order the cart would make now for a destination: lines with the catalog's prices, the priced cart (shipping, tax, totals), and what stands in the way.</summary>
internal sealed record OrderDraft(DraftCart Cart, PricedCart Priced)
{
    public IReadOnlyList<DraftLine> Lines => Cart.Lines;

    /// <summary>The guest's cart the draft was read from; null for a signed-in shopper's.</summary>
    public GuestCart? Guest => Cart.Guest;

    public IReadOnlyList<string> Problems => Cart.Problems;

    public bool CanPlace => Cart.CanPlace;

    /// <summary>The orderable lines, in the order of <see cref="PricedCart.Lines"/>.</summary>
    public IReadOnlyList<DraftLine> Priceable => Lines.Where(l => l.Variant is not null).ToList();
}
