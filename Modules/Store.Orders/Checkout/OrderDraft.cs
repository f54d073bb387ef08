using Store.Cart.Contracts;

namespace Store.Orders.Checkout;

/// <summary>The order the cart would make now for a destination: lines with the catalog's prices, the priced cart (shipping, tax, totals), and what stands in the way.</summary>
internal sealed record OrderDraft(IReadOnlyList<DraftLine> Lines, PricedCart Priced)
{
    /// <summary>The guest's cart the draft was read from; null for a signed-in shopper's.</summary>
    public GuestCart? Guest { get; init; }

    public IReadOnlyList<string> Problems => Lines.Where(l => l.Problem is not null).Select(l => l.Problem!).ToList();

    public bool CanPlace => Lines.Count > 0 && Problems.Count == 0;

    /// <summary>The orderable lines, in the order of <see cref="PricedCart.Lines"/>.</summary>
    public IReadOnlyList<DraftLine> Priceable => Lines.Where(l => l.Variant is not null).ToList();
}
