namespace Store.Cart;

/// <summary>The <c>Cart</c> configuration section; amounts are minor units of the shop currency.</summary>
public sealed class CartOptions
{
    public const string Section = "Cart";

    /// <summary>Most units of one variant in a cart line (and an order line).</summary>
    public int MaxQuantityPerLine { get; set; } = 99;

    /// <summary>Most lines in one cart, so a script cannot grow a cart without bound.</summary>
    public int MaxLines { get; set; } = 100;

    /// <summary>How long an anonymous cart lives after its last change.</summary>
    public TimeSpan AnonymousLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often one node deletes expired anonymous carts.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
