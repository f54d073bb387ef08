namespace Store.Payments.Data;

/// <summary>A provider event acted on: its id is the primary key, so a second delivery cannot act again.</summary>
internal sealed class PaymentEventRecord
{
    public required string EventId { get; set; }

    public required string Provider { get; set; }

    public required string Type { get; set; }

    public string? OrderNumber { get; set; }

    public DateTime ReceivedUtc { get; set; }
}
