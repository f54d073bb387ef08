using Store.Cart.Contracts;

namespace Store.Orders.Checkout;

/// <summary>The order the cart would make now: lines with the catalog's prices, totals, and what stands in the way.</summary>
internal sealed record OrderDraft(IReadOnlyList<DraftLine> Lines, PriceTotals Totals)
{
    public IReadOnlyList<string> Problems => Lines.Where(l => l.Problem is not null).Select(l => l.Problem!).ToList();

    public bool CanPlace => Lines.Count > 0 && Problems.Count == 0;
}
