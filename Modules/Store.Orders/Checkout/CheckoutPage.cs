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
    string? NotShipped)
{
    /// <summary>Promotions, the cart's code and free shipping, as lines under the subtotal.</summary>
    public IReadOnlyList<Store.Promotions.Contracts.DiscountAdjustment> Discounts { get; init; } = [];

    /// <summary>Why the cart's code no longer applies (the order would be refused until it is removed), or null.</summary>
    public string? CouponMessage { get; init; }

    /// <summary>True when nobody is signed in: the page asks for an email, offers no saved addresses, and links to sign-in.</summary>
    public bool IsGuest { get; init; }
}
