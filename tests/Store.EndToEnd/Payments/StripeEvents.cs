using System.Text;
using Store.Tests.Payments;

namespace Store.EndToEnd.Payments;

/// <summary>What Stripe would send the shop once the shopper has paid on its hosted page.</summary>
internal static class StripeEvents
{
    /// <summary>Delivers a signed <c>checkout.session.completed</c> (paid) for the order's session, as Stripe's webhook does.</summary>
    public static async Task CompleteAsync(StripeShopServer shop, string number, string paymentIntent)
    {
        var session = (System.Text.Json.Nodes.JsonObject)shop.Stripe.SessionOf(number).DeepClone();
        session["payment_status"] = "paid";
        session["status"] = "complete";
        session["payment_intent"] = paymentIntent;
        var now = shop.Time.GetUtcNow();
        var payload = FakeStripe.Event("evt_e2e_" + Guid.NewGuid().ToString("n")[..12], "checkout.session.completed", session, now);
        using var stripe = new HttpClient { BaseAddress = new Uri(shop.BaseUrl) };
        var request = new HttpRequestMessage(HttpMethod.Post, "/payments/stripe/webhook") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", FakeStripe.Sign(payload, PaymentsAppFactory.WebhookSecret, now));
        var delivered = await stripe.SendAsync(request);
        Assert.True(delivered.IsSuccessStatusCode, await delivered.Content.ReadAsStringAsync());
    }
}
