using global::Stripe.Checkout;
using Store.Core.Money;
using Store.Payments.Providers;

namespace Store.Payments.Stripe;

/// <summary>
/// The Checkout Session Stripe is asked for: one line per order line at the price the order copied, shipping as
/// its own line, tax added on top (prices without tax) as its own line. A discounted line is charged what it costs
/// after its discount: at that unit price when it divides by the quantity, else as one item "2 × Lamp" at the line's
/// amount, so every unit amount stays a whole, non-negative number of minor units and the session's amount_total
/// is the order's Total to the minor unit with no Stripe coupon to create (Payments README, "Discounts"). Also: the order's currency and email, its number as <c>client_reference_id</c> and metadata (also on
/// the payment, for refunds seen in Stripe's dashboard), the return addresses and the expiry.
/// </summary>
internal static class CheckoutSessionOptions
{
    public const string OrderNumberKey = "order_number";

    public static SessionCreateOptions For(SessionRequest request)
    {
        var order = request.Order;
        var currency = order.Currency.ToLowerInvariant();
        // A unit amount in a three-decimal currency must end in 0 too (Money.ChargeStepOf), as the pricing pipeline makes every line.
        var step = Money.ChargeStepOf(currency);
        var lines = order.Lines.Select(l => l.Discount == 0 ? Line(currency, l.Name, l.Options, l.UnitPrice, l.Quantity)
            : l.Charged % (l.Quantity * step) == 0 ? Line(currency, l.Name, l.Options, l.Charged / l.Quantity, l.Quantity)
            : Line(currency, $"{l.Quantity} × {l.Name}", l.Options, l.Charged, 1)).ToList();
        if (order.Shipping - order.ShippingDiscount > 0)
        {
            lines.Add(Line(currency, "Shipping", "", order.Shipping - order.ShippingDiscount, 1));
        }

        // Prices without tax: the order's tax, computed and rounded by the shop, is one line of its own, so
        // Stripe's amount_total is the order's Total to the minor unit (Stripe Tax is not used).
        if (order.TaxAdded > 0)
        {
            lines.Add(Line(currency, "Tax", "", order.TaxAdded, 1));
        }

        var metadata = new Dictionary<string, string> { [OrderNumberKey] = order.Number };
        return new SessionCreateOptions
        {
            Mode = "payment",
            Currency = currency,
            LineItems = lines,
            CustomerEmail = order.Email,
            ClientReferenceId = order.Number,
            Metadata = metadata,
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = new Dictionary<string, string>(metadata) },
            SuccessUrl = request.SuccessUrl,
            CancelUrl = request.CancelUrl,
            ExpiresAt = request.ExpiresUtc,
        };
    }

    private static SessionLineItemOptions Line(string currency, string name, string options, long unitAmount, int quantity) => new()
    {
        Quantity = quantity,
        PriceData = new SessionLineItemPriceDataOptions
        {
            Currency = currency,
            UnitAmount = unitAmount,
            // Stripe refuses an empty description: only variants with options have one.
            ProductData = new SessionLineItemPriceDataProductDataOptions { Name = name, Description = options.Length > 0 ? options : null },
        },
    };
}
