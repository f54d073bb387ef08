namespace Store.Orders.Admin;

/// <summary>An order in the admin list and the API's list. <see cref="PaymentState"/> is one of <see cref="PaymentStates.All"/>.</summary>
public sealed record AdminOrderRow(string Number, DateTime PlacedUtc, string Email, string CustomerName, string Status, string PaymentState, long Total, string Currency);
