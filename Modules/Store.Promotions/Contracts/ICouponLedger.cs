namespace Store.Promotions.Contracts;

/// <summary>
/// Counts coupon uses for the Orders module, inside the caller's transaction: a use is taken when an order is
/// placed (refused when the code is used up or the customer's limit is reached: conditional updates, so racing
/// orders can never over-use a code), given back once when the order is cancelled or expires, and taken again
/// when an expired order is paid after all.
/// </summary>
public interface ICouponLedger
{
    /// <summary>Null when the use is taken; else the sentence for the shopper (nothing written).</summary>
    Task<string?> RedeemAsync(int couponId, string userId, int orderId, string orderNumber, long discount, CancellationToken cancellationToken);

    /// <summary>Gives the order's use back, once however often it is called; false when there was none to give.</summary>
    Task<bool> ReleaseAsync(int orderId, CancellationToken cancellationToken);

    /// <summary>Takes a given-back use again (an expired order paid after all: the money is in, so no limit refuses it).</summary>
    Task RetakeAsync(int orderId, CancellationToken cancellationToken);
}
