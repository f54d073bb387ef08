namespace Store.Orders.Orders;

/// <summary>What the staff status call answers: the order and the status it now has.</summary>
public sealed record OrderStatusResponse(string Number, string Status);
