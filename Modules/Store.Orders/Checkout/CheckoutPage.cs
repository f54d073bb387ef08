using Store.Accounts.Addresses;

namespace Store.Orders.Checkout;

/// <summary>The <c>Checkout/Index</c> view's model: the priced lines, totals, the saved addresses and the form.</summary>
public sealed record CheckoutPage(
    IReadOnlyList<CheckoutLine> Lines,
    long Subtotal,
    long Shipping,
    long Total,
    string Currency,
    IReadOnlyList<string> Problems,
    bool CanPlace,
    IReadOnlyList<AddressView> Addresses,
    string Selected);
