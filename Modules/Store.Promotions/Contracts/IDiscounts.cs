namespace Store.Promotions.Contracts;

/// <summary>
/// The promotions-and-coupon step of the pricing pipeline (Store.Cart's <c>CartPricing</c>): automatic promotions
/// first, then the code on top, never below zero. Rules: module README, "Combining".
/// </summary>
public interface IDiscounts
{
    Task<DiscountOutcome> ApplyAsync(DiscountRequest request, CancellationToken cancellationToken);

    /// <summary>Normalizes what a shopper typed into a code (trimmed, upper case), or null when it cannot be one.</summary>
    string? Normalize(string? code);
}
