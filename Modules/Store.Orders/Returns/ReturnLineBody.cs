namespace Store.Orders.Returns;

/// <summary>Units of one order line in a return request on the API.</summary>
public sealed record ReturnLineBody(int LineId, int Quantity);
