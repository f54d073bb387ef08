namespace Store.Orders.Contracts;

/// <summary>
/// The signed links that open a guest's order without an account (<c>/order/{token}</c>). Payments uses them for
/// the guest's pay button and the pages its provider returns to.
/// </summary>
public interface IGuestOrderLinks
{
    /// <summary>The order number a token names, or null for a forged, altered or unreadable token.</summary>
    string? NumberOf(string? token);

    /// <summary>The path of a guest order's page (<c>/order/{token}</c>), for links shown on the site.</summary>
    string PathOf(string number);
}
