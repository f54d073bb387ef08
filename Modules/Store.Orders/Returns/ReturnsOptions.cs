namespace Store.Orders.Returns;

/// <summary>The <c>Returns</c> configuration section.</summary>
public sealed class ReturnsOptions
{
    public const string Section = "Returns";

    /// <summary>Days after delivery a product may be returned when neither it nor its categories set a period; 0 = no returns.</summary>
    public int DefaultDays { get; set; } = 14;

    /// <summary>Days after the last delivery a customer may withdraw from the contract (14 under EU law; may be more, never less).</summary>
    public int WithdrawalDays { get; set; } = 14;
}
