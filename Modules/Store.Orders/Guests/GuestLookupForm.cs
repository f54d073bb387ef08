namespace Store.Orders.Guests;

/// <summary>The <c>/orders/find</c> form: a guest's order number and the email given at checkout; <see cref="Error"/> when they did not match.</summary>
public sealed class GuestLookupForm
{
    public string? Number { get; set; }

    public string? Email { get; set; }

    public string? Error { get; set; }
}
