using Store.Cart.Contracts;

namespace Store.Orders.Checkout;

/// <summary>
/// The shopper's cart lines against the catalog as it is now, before anything is priced: enough to tell a shopper
/// that an item sold out, which is all a buyer who lost the race for the last units needs to hear.
/// </summary>
internal sealed record DraftCart(IReadOnlyList<DraftLine> Lines, GuestCart? Guest)
{
    public IReadOnlyList<string> Problems => Lines.Where(l => l.Problem is not null).Select(l => l.Problem!).ToList();

    public bool CanPlace => Lines.Count > 0 && Problems.Count == 0;
}
