using System.Text;
using Store.Tests.Payments;

namespace Store.EndToEnd.Payments;

/// <summary>Sends the signed <c>checkout.session.completed</c> webhook the fake Stripe's session of an order would make Stripe send.</summary>
internal static class StripeWebhooks
{
    public static async Task PaidAsync(StripeShopServer shop, string number, string tag)
    {
        var session = (System.Text.Json.Nodes.JsonObject)shop.Stripe.SessionOf(number).DeepClone();
        session["payment_status"] = "paid";
        session["status"] = "complete";
        session["payment_intent"] = "pi_e2e_" + tag;
        var now = shop.Time.GetUtcNow();
        var payload = FakeStripe.Event("evt_e2e_" + Guid.NewGuid().ToString("n")[..12], "checkout.session.completed", session, now);
        using var stripe = new HttpClient { BaseAddress = new Uri(shop.BaseUrl) };
        var request = new HttpRequestMessage(HttpMethod.Post, "/payments/stripe/webhook") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", FakeStripe.Sign(payload, PaymentsAppFactory.WebhookSecret, now));
        var delivered = await stripe.SendAsync(request);
        Assert.True(delivered.IsSuccessStatusCode, await delivered.Content.ReadAsStringAsync());
    }
}
