namespace Store.Promotions.Sales;

/// <summary>An automatic promotion: a percentage off some categories or products for a period, no code needed.</summary>
public sealed class Promotion
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }

    /// <summary>What shoppers read, e.g. "20 % off lamps this week".</summary>
    public required string Name { get; set; }

    public decimal Percent { get; set; }

    public List<int> CategoryIds { get; set; } = [];

    public List<int> ProductIds { get; set; } = [];

    public DateTime StartsUtc { get; set; }

    public DateTime EndsUtc { get; set; }

    public bool Active { get; set; } = true;

    public DateTime UpdatedUtc { get; set; }
}
