namespace Store.Orders.Abandoned;

/// <summary>The unsubscribe page (<c>Marketing/Unsubscribe.liquid</c>): the form that confirms it, or that it is done.</summary>
public sealed record UnsubscribePage(string Action, bool Done);
