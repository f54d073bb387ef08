namespace Store.Orders.Orders;

/// <summary>
/// The guest's part of the order page: <see cref="CanClaim"/> when the page was opened from the order's email
/// (proof of the mailbox), so a password turns the order into an account for <see cref="Email"/>.
/// </summary>
public sealed record GuestOrderView(string Email, bool CanClaim, IReadOnlyDictionary<string, string> Errors);
