namespace Store.Orders.Returns;

/// <summary>A return asked for with a reason within the return period, or a withdrawal from the contract (EU, no reason needed).</summary>
public enum ReturnKind
{
    Return,
    Withdrawal,
}
