namespace Store.Orders.Returns;

/// <summary>The first step of "Withdraw from contract": the order number and the email (filled in for a signed-in customer), and what was wrong.</summary>
public sealed class WithdrawalStart
{
    public string? Number { get; set; }

    public string? Email { get; set; }

    public string? Error { get; set; }
}
