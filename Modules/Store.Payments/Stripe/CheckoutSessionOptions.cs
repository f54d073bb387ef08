using global::Stripe.Checkout;
using Store.Payments.Providers;

namespace Store.Payments.Stripe;

/// <summary>
/// The Checkout Session Stripe is asked for: one line per order line at the price the order copied, shipping as
/// its own line, tax added on top (prices without tax) as its own line, the order's currency and email, its number as <c>client_reference_id</c> and metadata (also on
/// the payment, for refunds seen in Stripe's dashboard), the return addresses and the expiry.
/// </summary>
internal static class CheckoutSessionOptions
{
    public const string OrderNumberKey = "order_number";

    public static SessionCreateOptions For(SessionRequest request)
    {
        var order = request.Order;
        var currency = order.Currency.ToLowerInvariant();
        var lines = order.Lines.Select(l => Line(currency, l.Name, l.Options, l.UnitPrice, l.Quantity)).ToList();
        if (order.Shipping > 0)
        {
            lines.Add(Line(currency, "Shipping", "", order.Shipping, 1));
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
