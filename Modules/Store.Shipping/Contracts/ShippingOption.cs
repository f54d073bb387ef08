namespace Store.Shipping.Contracts;

/// <summary>
/// A method the shopper may choose, priced for this cart in minor units (0 when free); <see cref="FreeFrom"/> is
/// the subtotal from which it ships free (null: never).
/// </summary>
public sealed record ShippingOption(int MethodId, string Name, long Price, long? FreeFrom = null);
