namespace Store.Shipping.Contracts;

/// <summary>
/// The methods a destination's zone offers for a cart, cheapest first. <see cref="Ships"/> is false when no
/// zone takes the destination (then <see cref="Options"/> is empty): the order must be refused.
/// </summary>
public sealed record ShippingQuote(string? Zone, IReadOnlyList<ShippingOption> Options)
{
    public bool Ships => Options.Count > 0;

    public ShippingOption? Cheapest => Options.Count == 0 ? null : Options[0];

    public ShippingOption? Find(int methodId) => Options.FirstOrDefault(o => o.MethodId == methodId);
}
