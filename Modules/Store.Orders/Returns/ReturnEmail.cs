namespace Store.Orders.Returns;

/// <summary>The model of the return emails (<c>Views/Email/Return{Status}.liquid</c>): the return, the customer's name and the order's link.</summary>
public sealed record ReturnEmail(ReturnView Request, string Name, string Link);
