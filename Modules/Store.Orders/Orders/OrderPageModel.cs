namespace Store.Orders.Orders;

/// <summary>The <c>Orders/Show</c> view's model: the order and what the last action did.</summary>
public sealed record OrderPageModel(OrderDetail Order, string? Notice, string? Error)
{
    /// <summary>Where the page's forms and links point: <c>/account/orders/{number}</c>, or a guest's <c>/order/{token}</c>.</summary>
    public string Base { get; init; } = "/account/orders/" + Order.Number;

    /// <summary>What a guest may do beyond a customer (make an account); null on a customer's page.</summary>
    public GuestOrderView? Guest { get; init; }

    /// <summary>Whether the page offers "Return items": something was shipped.</summary>
    public bool CanReturn => Order.Status is "Shipped" or "Delivered";

    /// <summary>The notice after a return was asked for (<c>?returned={number}</c>), or null.</summary>
    public static string? ReturnNotice(string? returned) =>
        returned is { Length: > 0 and <= 30 } ? $"We received your return request {returned}; a confirmation is on its way to your email." : null;
}
