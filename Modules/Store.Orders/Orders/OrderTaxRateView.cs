namespace Store.Orders.Orders;

/// <summary>The tax at one rate on an order: the rate in percent, as text for pages ("5.5"), and the amount in minor units.</summary>
public sealed record OrderTaxRateView(decimal Rate, string RateText, long Amount);
