using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Store.Payments.Events;

namespace Store.Payments.Stripe;

/// <summary>
/// <c>POST /payments/stripe/webhook</c>: Stripe.net's <c>EventUtility</c> checks the signature (300 seconds of
/// tolerance, against the shop's clock); a missing, bad or stale one answers 400 and writes nothing. A verified
/// event is handled once (<see cref="PaymentEventProcessor"/>); a repeat or a type we ignore answers 200.
/// </summary>
internal static class StripeWebhook
{
    public const string Path = "/payments/stripe/webhook";

    private const long ToleranceSeconds = 300;

    // Stripe's events are a few kilobytes; anything far larger is not from Stripe.
    private const int MaxBody = 512 * 1024;

    public static void MapStripeWebhook(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, async (HttpContext http, PaymentsOptions options, PaymentEventProcessor processor, TimeProvider time, ILoggerFactory logs) =>
        {
            if (!options.Stripe.Configured)
            {
                return Results.NotFound();
            }

            var signature = http.Request.Headers["Stripe-Signature"].ToString();
            if (signature.Length == 0)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The Stripe-Signature header is missing.");
            }

            if (http.Request.ContentLength > MaxBody)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The event is too large.");
            }

            using var reader = new StreamReader(http.Request.Body);
            var json = await reader.ReadToEndAsync(http.RequestAborted);
            global::Stripe.Event stripeEvent;
            try
            {
                // Not throwing on another API version: the endpoint's version is set in Stripe's dashboard, and a
                // signed event we refuse would be retried for days; the few fields read here are stable.
                stripeEvent = global::Stripe.EventUtility.ConstructEvent(json, signature, options.Stripe.WebhookSecret, ToleranceSeconds,
                    time.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A bad signature (StripeException) or a signed body that is not an event: either way, not ours to act on.
                logs.CreateLogger(typeof(StripeWebhook)).LogWarning("Refused a Stripe webhook: {Reason}", ex.Message);
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The event's signature does not verify.", detail: ex.Message);
            }

            var handling = await processor.HandleAsync(StripeEvents.Translate(stripeEvent), http.RequestAborted);
            return Results.Ok(new { received = true, handling = handling.ToString().ToLowerInvariant() });
        }).AllowAnonymous().DisableAntiforgery();
}
