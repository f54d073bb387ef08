namespace Store.Orders.Contracts;

/// <summary>Who asks for a status change; each transition names who may make it.</summary>
[Flags]
public enum OrderActor
{
    Shopper = 1,
    Staff = 2,
    System = 4,
    Payments = 8,
}
