namespace Store.Orders.Orders;

/// <summary>A discount line of an order as its pages show it: <c>promotion</c>, <c>coupon</c> or <c>shipping</c>, the code, what it was and the amount taken off.</summary>
public sealed record OrderDiscountView(string Kind, string? Code, string Description, long Amount)
{
    /// <summary>The order's discount lines in the order the cart listed them (the order's <c>Discounts</c> must be loaded).</summary>
    internal static IReadOnlyList<OrderDiscountView> Of(Order order) =>
        order.Discounts.OrderBy(d => d.Id).Select(d => new OrderDiscountView(d.Kind, d.Code, d.Description, d.Amount)).ToList();
}
