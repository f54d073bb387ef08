using Store.Orders.Contracts;

namespace Store.Orders.Orders;

/// <summary>
/// An order: lines and totals copied at checkout (never read back from the catalog), the shipping address,
/// and where it stands. <see cref="Number"/> is what people see; <see cref="Id"/> never leaves the server.
/// </summary>
internal sealed class Order
{
    public int Id { get; set; }

    public required string Number { get; set; }

    /// <summary>The customer's user id; null for a guest's order (reached by its signed link, see <c>Guests/</c>).</summary>
    public string? UserId { get; set; }

    /// <summary>A guest order's cart owner key (<c>GuestCart.OwnerKey</c>): one order per key and guest cart; null for a customer's order.</summary>
    public string? GuestKey { get; set; }

    public required string Email { get; set; }

    public OrderStatus Status { get; set; }

    public required string Currency { get; set; }

    /// <summary>Units of <see cref="Currency"/> per one unit of the base currency when placed (1 in the base currency): every amount is in <see cref="Currency"/>.</summary>
    public decimal ExchangeRate { get; set; } = 1m;

    /// <summary>
    /// <see cref="Total"/> in the base currency at <see cref="ExchangeRate"/>; null when the order is in the base
    /// currency (or charges nothing). Reports add up <c>BaseTotal ?? Total</c> (<see cref="Reports.SalesRollup"/>).
    /// </summary>
    public long? BaseTotal { get; set; }

    public long Subtotal { get; set; }

    public long Shipping { get; set; }

    /// <summary>
    /// Everything taken off: every line's <see cref="OrderLine.Discount"/> plus <see cref="ShippingDiscount"/>
    /// (named in <see cref="Discounts"/>). 0 for orders without discounts.
    /// </summary>
    public long DiscountTotal { get; set; }

    /// <summary>What a free-shipping code took off <see cref="Shipping"/> (which stays the method's price).</summary>
    public long ShippingDiscount { get; set; }

    /// <summary>The coupon code the order used, or null.</summary>
    public string? CouponCode { get; set; }

    /// <summary>
    /// Whether <see cref="OrderLine.LineTotal"/>, <see cref="Subtotal"/> and <see cref="Shipping"/> include tax
    /// (EU style) or not (US style), as the shop's setting was when the order was placed.
    /// <c>Total = Subtotal - DiscountTotal + Shipping</c> when true, <c>Subtotal - DiscountTotal + Shipping + TaxTotal</c> when false.
    /// </summary>
    public bool PricesIncludeTax { get; set; }

    /// <summary>The shipping method the shopper chose (its name as shown at checkout); null for orders from before methods.</summary>
    public string? ShippingMethod { get; set; }

    /// <summary>The tax rate on shipping in percent; 0 where shipping is not taxed.</summary>
    public decimal ShippingTaxRate { get; set; }

    /// <summary>Tax on <see cref="Shipping"/> in minor units (contained in it or added to it, as for lines).</summary>
    public long ShippingTax { get; set; }

    /// <summary>Every line's <see cref="OrderLine.TaxAmount"/> plus <see cref="ShippingTax"/>.</summary>
    public long TaxTotal { get; set; }

    public long Total { get; set; }

    public required OrderAddress ShippingAddress { get; set; }

    /// <summary>The place-order form's token or the API's <c>Idempotency-Key</c>: one order per key and user.</summary>
    public required string IdempotencyKey { get; set; }

    /// <summary>True while the order holds stock; cleared by the one transition that gives it back.</summary>
    public bool StockHeld { get; set; }

    public DateTime PlacedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>A pending order's stock is released and the order expires after this.</summary>
    public DateTime? HoldExpiresUtc { get; set; }

    /// <summary>When the payment provider says the money arrived (from its event, UTC); null until paid.</summary>
    public DateTime? PaidUtc { get; set; }

    /// <summary>Which provider took the payment: <c>stripe</c> or <c>offline</c>. Written by Payments.</summary>
    public string? PaymentProvider { get; set; }

    /// <summary>The provider's checkout session (Stripe's <c>cs_…</c>), saved when the shopper is sent to pay.</summary>
    public string? PaymentSessionId { get; set; }

    /// <summary>The provider's payment (Stripe's <c>pi_…</c>), which refunds are made against.</summary>
    public string? PaymentIntentId { get; set; }

    /// <summary>Minor units refunded so far; equal to <see cref="Total"/> once the order is <c>Refunded</c>.</summary>
    public long RefundedAmount { get; set; }

    /// <summary>Something staff must look at (e.g. paid after its hold lapsed and the stock was gone); null when all is well.</summary>
    public string? AttentionNote { get; set; }

    public List<OrderLine> Lines { get; set; } = [];

    public List<OrderHistoryEntry> History { get; set; } = [];

    public List<OrderDiscount> Discounts { get; set; } = [];
}
