using Store.Orders.Contracts;

namespace Store.Payments.Providers;

/// <summary>What a checkout session is made from: the order as stored (never client input), the return addresses and when it ends.</summary>
internal sealed record SessionRequest(PayableOrder Order, string SuccessUrl, string CancelUrl, DateTime ExpiresUtc);
