using Store.Accounts.Addresses;

namespace Store.Orders.Checkout;

/// <summary>
/// The checkout form: <see cref="Address"/> is a saved address's id or <c>new</c> (then the address fields);
/// <see cref="PlaceToken"/> is made when the page is shown, so a double submit places one order.
/// </summary>
public sealed class CheckoutForm
{
    public string? PlaceToken { get; set; }

    /// <summary>A guest's email: the order's emails and its link go there.</summary>
    public string? Email { get; set; }

    /// <summary>A guest's tick beside the email: marketing emails (a reminder of the cart left among them), recorded with its wording.</summary>
    public bool Marketing { get; set; }

    public string MarketingWording => Store.Accounts.Consents.ConsentPurpose.MarketingEmails.Wording;

    public string? Address { get; set; }

    public string? FullName { get; set; }

    public string? Line1 { get; set; }

    public string? Line2 { get; set; }

    public string? City { get; set; }

    public string? Region { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public string? Phone { get; set; }

    public bool SaveAddress { get; set; }

    /// <summary>The chosen shipping method's id, from the options shown for the address.</summary>
    public string? ShippingMethod { get; set; }

    /// <summary><c>refresh</c> when the shopper asked for the options of the address now chosen (nothing is placed).</summary>
    public string? Intent { get; set; }

    internal int? MethodId => int.TryParse(ShippingMethod, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>A guest has no saved addresses: whatever the form says, the address is the one typed in, never saved.</summary>
    internal ShippingChoice ToGuestChoice() => new ShippingChoice(null, NewAddress(), false, MethodId);

    private AddressInput NewAddress() => new() { FullName = FullName, Line1 = Line1, Line2 = Line2, City = City, Region = Region, PostalCode = PostalCode, Country = Country, Phone = Phone };

    internal ShippingChoice ToChoice() => Address == "new" || Address is null
        ? new ShippingChoice(null, NewAddress(), SaveAddress, MethodId)
        : new ShippingChoice(int.TryParse(Address, out var id) ? id : -1, null, false, MethodId);
}
