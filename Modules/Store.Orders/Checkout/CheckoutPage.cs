using Store.Accounts.Addresses;

namespace Store.Orders.Checkout;

/// <summary>
/// The <c>Checkout/Index</c> view's model: the priced lines, the shipping methods of the chosen address's zone,
/// tax by rate, totals, the saved addresses and the form. <see cref="ShipsTo"/> is the country the figures are
/// for; <see cref="NotShipped"/> says so when no zone takes it.
/// </summary>
public sealed record CheckoutPage(
    IReadOnlyList<CheckoutLine> Lines,
    long Subtotal,
    long Shipping,
    long Total,
    string Currency,
    IReadOnlyList<string> Problems,
    bool CanPlace,
    IReadOnlyList<AddressView> Addresses,
    string Selected,
    IReadOnlyList<CheckoutShippingOption> ShippingOptions,
    IReadOnlyList<CheckoutTax> Taxes,
    long TaxTotal,
    bool PricesIncludeTax,
    string ShipsTo,
    string? NotShipped);
