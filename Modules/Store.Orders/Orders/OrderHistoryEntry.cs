using Store.Orders.Contracts;

namespace Store.Orders.Orders;

/// <summary>One status change: from (null when placed), to, when, by whom (a user id or <c>system</c>) and why.</summary>
internal sealed class OrderHistoryEntry
{
    public long Id { get; set; }

    public int OrderId { get; set; }

    public OrderStatus? From { get; set; }

    public OrderStatus To { get; set; }

    public DateTime AtUtc { get; set; }

    public required string By { get; set; }

    public string? Note { get; set; }
}
