namespace Store.Orders.Abandoned;

/// <summary>
/// The one reminder of a left cart (unique per cart and its last change: the insert is the claim, so two nodes cannot
/// both send it; a cart reminded within <see cref="OrdersOptions.AbandonedCartWindow"/> is not reminded again), and
/// the order it brought back, if any, placed within that window.
/// </summary>
internal sealed class CartReminder
{
    public int Id { get; set; }

    public int CartId { get; set; }

    /// <summary>The signed-in shopper the cart belongs to; null for a guest's cart.</summary>
    public string? UserId { get; set; }

    public required string Email { get; set; }

    /// <summary>The cart's last change when it was reminded.</summary>
    public DateTime CartUpdatedUtc { get; set; }

    public DateTime SentUtc { get; set; }

    public int? RecoveredOrderId { get; set; }

    public string? RecoveredOrderNumber { get; set; }

    /// <summary>The recovered order's total in minor units of <see cref="Currency"/>.</summary>
    public long RecoveredTotal { get; set; }

    public string? Currency { get; set; }

    public DateTime? RecoveredUtc { get; set; }
}
