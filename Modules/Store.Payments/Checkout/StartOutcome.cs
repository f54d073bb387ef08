namespace Store.Payments.Checkout;

internal enum StartResult
{
    Redirect,
    NotFound,
    Refused,
}

/// <summary>Where to send the shopper to pay (<see cref="Url"/>), or why not.</summary>
internal sealed record StartOutcome(StartResult Result, string? Url = null, string? SessionId = null, string? Message = null);
