using System.Security.Cryptography;
using System.Text;
using Store.Payments.Providers;

namespace Store.Payments.Offline;

/// <summary>
/// Payments with no keys (development, demos, the README's run command): the "hosted page" is the shop's own
/// <c>/payments/offline/{session}</c>, where the shopper chooses to pay or decline. Ids derive from the
/// idempotency key, so a retry answers the same session or refund, as Stripe does.
/// </summary>
internal sealed class OfflinePaymentProvider : IPaymentProvider
{
    public const string SessionPrefix = "offline_cs_";

    public string Name => PaymentProviders.OfflineName;

    public Task<ProviderSession> CreateSessionAsync(SessionRequest request, string idempotencyKey, CancellationToken cancellationToken)
    {
        var id = SessionPrefix + IdOf(idempotencyKey);
        return Task.FromResult(new ProviderSession(id, "/payments/offline/" + id));
    }

    public Task<ProviderRefund> RefundAsync(RefundRequest request, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(new ProviderRefund("offline_re_" + IdOf(idempotencyKey), request.Amount));

    public static string PaymentOf(string sessionId) => "offline_pi_" + sessionId[SessionPrefix.Length..];

    private static string IdOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24];
}
