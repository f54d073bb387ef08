using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Store.Tests.Payments;

/// <summary>One call the shop made to the fake Stripe: method, path, the Idempotency-Key header and the form fields.</summary>
public sealed record StripeCall(string Method, string Path, string? IdempotencyKey, IReadOnlyDictionary<string, string> Form);

/// <summary>
/// Stripe's API on loopback (a small Kestrel app): <c>POST /v1/checkout/sessions</c>, <c>GET
/// /v1/checkout/sessions/{id}</c> and <c>POST /v1/refunds</c> answer Stripe's own object shapes (from
/// <c>stripe-fixtures.json</c>, Stripe's OpenAPI fixtures), a repeated Idempotency-Key answers the first
/// response as Stripe does, and every call is recorded. <c>GET /pay/{id}</c> is the "hosted checkout" page.
/// </summary>
public sealed class FakeStripe : IAsyncDisposable
{
    private static readonly JsonObject Fixtures = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payments", "stripe-fixtures.json")))!;

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (StripeCall First, string Body)> _byKey = new();
    private readonly ConcurrentDictionary<string, JsonObject> _sessions = new();
    private readonly object _gate = new();
    private long _created = 1_700_000_000;

    private FakeStripe(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public ConcurrentQueue<StripeCall> Calls { get; } = new();

    /// <summary>The refunds the fake made (a repeated key makes none).</summary>
    public ConcurrentQueue<JsonObject> Refunds { get; } = new();

    /// <summary>When set, refunds answer Stripe's error for a failed refund (HTTP 402).</summary>
    public bool FailRefunds { get; set; }

    public static FakeStripe Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeStripe(app);
        app.MapPost("/v1/checkout/sessions", (HttpRequest request) => fake.CreateSessionAsync(request.HttpContext));
        app.MapGet("/v1/checkout/sessions/{id}", (string id) => fake._sessions.TryGetValue(id, out var s) ? Results.Text(s.ToJsonString(), "application/json") : NotFound());
        app.MapPost("/v1/refunds", (HttpRequest request) => fake.RefundAsync(request.HttpContext));
        app.MapGet("/pay/{id}", (string id) => Results.Content($"<!doctype html><title>Fake Stripe Checkout</title><h1>Fake Stripe Checkout</h1><p data-session>{id}</p>", "text/html"));
        app.StartAsync().GetAwaiter().GetResult();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    public static JsonObject Fixture(string name) => (JsonObject)Fixtures[name]!.DeepClone();

    /// <summary>The (first) session made for an order, as the fake stores it; or the one with <paramref name="id"/>.</summary>
    public JsonObject SessionOf(string orderNumber, string? id = null) =>
        id is not null ? _sessions[id] : _sessions.Values.Where(s => (string?)s["client_reference_id"] == orderNumber).OrderBy(s => (long)s["created"]!).First();

    public IReadOnlyList<StripeCall> CallsTo(string path) => Calls.Where(c => c.Path == path).ToList();

    private async Task<IResult> CreateSessionAsync(HttpContext http)
    {
        var call = await RecordAsync(http);
        return Idempotent(call, () =>
        {
            var f = call.Form;
            var session = Fixture("checkout.session");
            var id = "cs_test_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
            long total = 0;
            for (var i = 0; f.ContainsKey($"line_items[{i}][quantity]"); i++)
            {
                total += long.Parse(f[$"line_items[{i}][price_data][unit_amount]"]) * long.Parse(f[$"line_items[{i}][quantity]"]);
            }

            session["id"] = id;
            session["created"] = Interlocked.Increment(ref _created);
            session["url"] = $"{BaseUrl}/pay/{id}";
            session["status"] = "open";
            session["payment_status"] = "unpaid";
            session["payment_intent"] = null;
            session["amount_total"] = total;
            session["amount_subtotal"] = total;
            session["currency"] = f.GetValueOrDefault("currency");
            session["customer_email"] = f.GetValueOrDefault("customer_email");
            session["client_reference_id"] = f.GetValueOrDefault("client_reference_id");
            session["metadata"] = new JsonObject { ["order_number"] = f.GetValueOrDefault("metadata[order_number]") };
            session["success_url"] = f.GetValueOrDefault("success_url");
            session["cancel_url"] = f.GetValueOrDefault("cancel_url");
            session["expires_at"] = long.Parse(f["expires_at"]);
            _sessions[id] = session;
            return session.ToJsonString();
        });
    }

    private async Task<IResult> RefundAsync(HttpContext http)
    {
        var call = await RecordAsync(http);
        if (FailRefunds)
        {
            return Results.Json(new { error = new { type = "invalid_request_error", code = "charge_already_refunded", message = "Charge has already been refunded." } }, statusCode: 400);
        }

        return Idempotent(call, () =>
        {
            var refund = Fixture("refund");
            refund["id"] = "re_test_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
            refund["amount"] = long.Parse(call.Form["amount"]);
            refund["payment_intent"] = call.Form["payment_intent"];
            refund["currency"] = "usd";
            refund["status"] = "succeeded";
            refund["metadata"] = new JsonObject { ["order_number"] = call.Form.GetValueOrDefault("metadata[order_number]") };
            Refunds.Enqueue(refund);
            return refund.ToJsonString();
        });
    }

    private IResult Idempotent(StripeCall call, Func<string> create)
    {
        // Stripe answers a repeated key with the first response; the lock makes two at once behave the same.
        lock (_gate)
        {
            if (call.IdempotencyKey is null)
            {
                return Results.Text(create(), "application/json");
            }

            var (first, body) = _byKey.GetOrAdd(call.Path + "|" + call.IdempotencyKey, _ => (call, create()));
            // As Stripe: a key reused with other parameters is an error, never a second object.
            return first.Form.Count == call.Form.Count && !first.Form.Except(call.Form).Any()
                ? Results.Text(body, "application/json")
                : Results.Json(new { error = new { type = "idempotency_error", message = "Keys for idempotent requests can only be used with the same parameters they were first used with." } }, statusCode: 400);
        }
    }

    private async Task<StripeCall> RecordAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync();
        var call = new StripeCall(http.Request.Method, http.Request.Path, http.Request.Headers["Idempotency-Key"].FirstOrDefault(),
            form.ToDictionary(f => f.Key, f => f.Value.ToString()));
        Calls.Enqueue(call);
        return call;
    }

    private static IResult NotFound() => Results.Json(new { error = new { type = "invalid_request_error", message = "No such checkout.session" } }, statusCode: 404);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Stripe's signature header: <c>t=…,v1=</c> hex HMAC-SHA256 of <c>"t.payload"</c> with the endpoint's secret.</summary>
    public static string Sign(string payload, string secret, DateTimeOffset at)
    {
        var t = at.ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{payload}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>An event as Stripe sends it: the fixture's envelope around <paramref name="dataObject"/>, at the API version Stripe.net expects.</summary>
    public static string Event(string id, string type, JsonObject dataObject, DateTimeOffset created)
    {
        var e = Fixture("event");
        e["id"] = id;
        e["type"] = type;
        e["created"] = created.ToUnixTimeSeconds();
        e["api_version"] = global::Stripe.StripeConfiguration.ApiVersion;
        e["data"] = new JsonObject { ["object"] = dataObject };
        return e.ToJsonString();
    }
}
